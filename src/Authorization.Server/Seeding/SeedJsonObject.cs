using System.Text.Json;

namespace DialogTokens.Authorization;

/// <summary>
/// Reads the members of one JSON object of a seed file, and reports, with its JSON path, every member that is
/// missing, of the wrong type, or unknown (a misspelt member would otherwise be silently ignored).
/// </summary>
internal sealed class SeedJsonObject
{
    private readonly JsonElement element;
    private readonly List<SeedProblem> problems;
    private readonly HashSet<string> known = new(StringComparer.Ordinal);

    private SeedJsonObject(JsonElement element, string path, List<SeedProblem> problems)
    {
        this.element = element;
        this.problems = problems;
        Path = path;
    }

    public string Path { get; }

    /// <summary>The object at <paramref name="path"/>, or null (and a problem) when it is something else.</summary>
    public static SeedJsonObject? Of(JsonElement element, string path, List<SeedProblem> problems)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return new SeedJsonObject(element, path, problems);
        }

        problems.Add(new SeedProblem(path, $"expected an object, found {Describe(element)}."));
        return null;
    }

    /// <summary>A string member; a required one that is missing or blank is a problem.</summary>
    public string? String(string name, bool required = true)
    {
        if (!TryGet(name, out var value))
        {
            if (required)
            {
                problems.Add(new SeedProblem(Member(name), "is required."));
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            problems.Add(new SeedProblem(Member(name), $"expected a string, found {Describe(value)}."));
            return null;
        }

        var text = value.GetString()!;
        if (required && string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new SeedProblem(Member(name), "must not be empty."));
            return null;
        }

        return text;
    }

    /// <summary>An optional whole-number member.</summary>
    public int? Int(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        problems.Add(new SeedProblem(Member(name), $"expected a whole number, found {Describe(value)}."));
        return null;
    }

    /// <summary>The objects of an optional array member.</summary>
    public IReadOnlyList<SeedJsonObject> Array(string name)
    {
        if (!TryGet(name, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new SeedProblem(Member(name), $"expected an array, found {Describe(value)}."));
            return [];
        }

        return [.. value.EnumerateArray().Select((item, i) => Of(item, $"{Member(name)}[{i}]", problems)).OfType<SeedJsonObject>()];
    }

    /// <summary>Reports every member that none of the calls above asked for.</summary>
    public void RejectUnknown(string expected)
    {
        foreach (var member in element.EnumerateObject().Where(m => !known.Contains(m.Name)))
        {
            problems.Add(new SeedProblem(Member(member.Name), $"unknown member; expected {expected}."));
        }
    }

    private bool TryGet(string name, out JsonElement value)
    {
        known.Add(name);
        return element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
    }

    private string Member(string name) => $"{Path}.{name}";

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => "null",
    };
}
