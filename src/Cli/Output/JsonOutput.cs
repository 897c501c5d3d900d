using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DialogTokens.Cli.Output;

/// <summary>Writes one JSON document as one line of standard output, for <c>--json</c>.</summary>
internal static class JsonOutput
{
    // The output is read by programs, not embedded in HTML: no need to escape '+', '<' or non-ASCII.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    public static void WriteTimes(Utf8JsonWriter writer, DialogTokenClaims claims, DateTimeOffset now)
    {
        writer.WriteString("issuedAt", TimeText.Iso(claims.IssuedAt));
        writer.WriteString("notBefore", TimeText.Iso(claims.NotBefore));
        writer.WriteString("expiresAt", TimeText.Iso(claims.ExpiresAt));
        writer.WriteNumber("expiresInSeconds", (long)Math.Floor((claims.ExpiresAt - now).TotalSeconds));
    }

    public static void WriteActions(Utf8JsonWriter writer, AuthorizedActions actions)
    {
        writer.WriteStartArray("actions");
        foreach (var action in actions)
        {
            writer.WriteStartObject();
            writer.WriteString("action", action.Name);
            writer.WriteString("authorizationAttribute", action.AuthorizationAttribute ?? DialogAction.MainResource);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
