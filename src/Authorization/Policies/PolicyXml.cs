using System.Xml;
using System.Xml.Linq;
using Altinn.Authorization.ABAC.Utils;
using Altinn.Authorization.ABAC.Xacml;

namespace DialogTokens.Authorization;

/// <summary>Reads policy XML safely: no DTD, no external resolution, a size cap, and line numbers kept.</summary>
internal static class PolicyXml
{
    /// <summary>The largest policy accepted, in characters. Altinn's largest app policies are well under 100 KB.</summary>
    public const int MaxCharacters = 1024 * 1024;

    /// <summary>
    /// The deepest element accepted, counted from the root at 0. Altinn's policies nest seven deep; XDocument loads a
    /// deeper document in time that grows with the square of its depth (64,000 levels, 450 KB, took 39 s).
    /// </summary>
    public const int MaxDepth = 32;

    private static XmlReaderSettings Settings => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharacters,
        IgnoreComments = true,
    };

    /// <summary>Loads the document with line information, or says where it is malformed.</summary>
    public static XDocument? TryLoad(string xml, out PolicyProblem? problem)
    {
        // Refused before reading: a DTD can expand entities or reach for external resources.
        var doctype = xml.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (doctype >= 0)
        {
            var (line, column) = Position(xml, doctype);
            problem = new PolicyProblem(line, column, "A DTD (<!DOCTYPE>) is not allowed in a policy.");
            return null;
        }

        problem = null;
        try
        {
            if (TooDeep(xml) is { } tooDeep)
            {
                problem = tooDeep;
                return null;
            }

            using var reader = XmlReader.Create(new StringReader(xml), Settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            problem = new PolicyProblem(e.LineNumber, e.LinePosition, e.Message);
            return null;
        }
    }

    /// <summary>Parses with Altinn's own parser, which is what the decision point evaluates.</summary>
    public static XacmlPolicy Parse(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), Settings);
        return XacmlParser.ParseXacmlPolicy(reader);
    }

    // One pass of the reader alone, which is linear in the depth, before XDocument builds the tree.
    private static PolicyProblem? TooDeep(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), Settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth > MaxDepth)
            {
                var position = (IXmlLineInfo)reader;
                return new PolicyProblem(position.LineNumber, position.LinePosition, $"elements are nested more than {MaxDepth} deep; a policy needs no more than a few.");
            }
        }

        return null;
    }

    private static (int Line, int Column) Position(string text, int index) =>
        (1 + text.AsSpan(0, index).Count('\n'), index - (index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1) + 1);
}
