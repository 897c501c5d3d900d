using System.Xml;
using Altinn.Authorization.ABAC.Utils;
using Altinn.Authorization.ABAC.Xacml;
using Microsoft.AspNetCore.Http;

namespace DialogTokens.Authorization;

/// <summary>
/// <c>POST /authorization/api/v1/authorize</c> with a XACML 3.0 XML context request (one request, one result), as
/// Altinn Authorization's decision endpoint reads them. Only the embedded PDP decides XML; a remote one is asked in JSON.
/// </summary>
internal static class XmlAuthorizeEndpoint
{
    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
    };

    private static readonly XmlWriterSettings WriterSettings = new() { Encoding = new System.Text.UTF8Encoding(false), Async = false };

    public static async Task<IResult> HandleAsync(HttpContext context, IXacmlPolicyDecisionPoint pdp)
    {
        if (pdp is not EmbeddedPolicyDecisionPoint embedded)
        {
            return XacmlProblem.Create(context, XacmlProblemTypes.ContentType,
                "XML requests are decided only by the embedded policy decision point; send application/json.");
        }

        XacmlContextRequest request;
        using (var body = await BoundedBody.ReadAsync(context.Request.Body, context.Request.ContentLength, PolicyDecisionPointEndpoints.MaxRequestBodySize, context.RequestAborted))
        {
            if (body.TooLarge)
            {
                return XacmlProblem.Create(context, XacmlProblemTypes.TooLarge,
                    $"The body is larger than {PolicyDecisionPointEndpoints.MaxRequestBodySize} bytes.");
            }

            if (!TryParse(body.Span.ToArray(), out request!, out var malformed))
            {
                return XacmlProblem.Create(context, XacmlProblemTypes.Malformed, malformed);
            }
        }

        var response = await embedded.DecideAsync(request, context.RequestAborted);
        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, WriterSettings))
        {
            XacmlSerializer.WriteContextResponse(writer, response);
        }

        return TypedResults.Bytes(output.ToArray(), "application/xml; charset=utf-8");
    }

    private static bool TryParse(byte[] xml, out XacmlContextRequest? request, out string problem)
    {
        request = null;
        problem = "";
        if (xml.Length == 0)
        {
            problem = "The body is empty; send a XACML 3.0 <Request>.";
            return false;
        }

        try
        {
            using var reader = XmlReader.Create(new MemoryStream(xml), ReaderSettings);
            request = XacmlParser.ReadContextRequest(reader);
            return true;
        }
        catch (XmlException e)
        {
            problem = $"The body is not a XACML XML request: {UntrustedText.Quote(e.Message, 160)}";
            return false;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException)
        {
            problem = $"The body is not a XACML XML request: {UntrustedText.Quote(e.Message, 160)}";
            return false;
        }
    }
}
