namespace DialogTokens.Tests;

/// <summary>
/// A payload written by hand, member by member, so that a test can remove, retype or repeat any claim. Values are raw
/// JSON text: <c>With("l", "\"3\"")</c> makes <c>l</c> a string.
/// </summary>
internal sealed class Payload
{
    private readonly List<KeyValuePair<string, string>> _members;

    private Payload(IEnumerable<KeyValuePair<string, string>> members) => _members = [.. members];

    /// <summary>Every claim of a valid token, in Dialogporten's order, valid at <see cref="TestTokens.Now"/> for 600 s.</summary>
    public static Payload Valid(long? now = null)
    {
        var at = now ?? TestTokens.NowSeconds;
        return new Payload(
        [
            new("jti", "\"4f0d9a6e-2b7c-4c1e-9d3a-8b5f6e7d1c2a\""),
            new("c", Quote(TestTokens.Person)),
            new("l", "3"),
            new("p", Quote(TestTokens.Organization)),
            new("s", Quote(TestTokens.ServiceResource)),
            new("i", Quote(TestTokens.DialogId.ToString())),
            new("a", "\"read;write\""),
            new("iss", Quote(TestTokens.IssuerUri)),
            new("iat", at.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("nbf", at.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("exp", (at + 600).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);
    }

    public static string Quote(string value) => System.Text.Json.JsonSerializer.Serialize(value);

    /// <summary>Replaces the member, or appends it when absent.</summary>
    public Payload With(string name, string json)
    {
        var members = new List<KeyValuePair<string, string>>(_members);
        var index = members.FindIndex(m => m.Key == name);
        if (index < 0)
        {
            members.Add(new(name, json));
        }
        else
        {
            members[index] = new(name, json);
        }

        return new Payload(members);
    }

    public Payload With(string name, long value) => With(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public Payload WithString(string name, string value) => With(name, Quote(value));

    public Payload Without(string name) => new(_members.Where(m => m.Key != name));

    /// <summary>Appends a member even when one of the same name exists.</summary>
    public Payload Repeating(string name, string json) => new([.. _members, new(name, json)]);

    public override string ToString() => "{" + string.Join(",", _members.Select(m => $"\"{m.Key}\":{m.Value}")) + "}";
}
