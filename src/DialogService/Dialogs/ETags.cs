using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace DialogTokens.DialogService.Dialogs;

/// <summary>A dialog's revision as a strong entity tag (RFC 9110 §8.8.3), and <c>If-Match</c> read back.</summary>
internal static class ETags
{
    public static string Format(Guid revision) => $"\"{revision}\"";

    /// <summary>Sets the response's <c>ETag</c> to <paramref name="revision"/> and answers <paramref name="result"/>.</summary>
    public static TResult Tag<TResult>(HttpContext context, Guid revision, TResult result)
    {
        context.Response.Headers.ETag = Format(revision);
        return result;
    }

    /// <summary>
    /// Reads <c>If-Match</c>: null when absent; <see cref="Guid.Empty"/> for <c>*</c> (any revision, RFC 9110 §13.1.1);
    /// false when it is not one entity tag holding a revision (weak tags never match for a write).
    /// </summary>
    public static bool TryReadIfMatch(StringValues header, out Guid? revision)
    {
        revision = null;
        if (StringValues.IsNullOrEmpty(header))
        {
            return true;
        }

        if (!EntityTagHeaderValue.TryParseStrictList(header, out var tags) || tags.Count != 1)
        {
            return false;
        }

        var tag = tags[0];
        if (tag.Equals(EntityTagHeaderValue.Any))
        {
            revision = Guid.Empty;
            return true;
        }

        if (tag.IsWeak || !Guid.TryParse(tag.Tag.AsSpan(1, tag.Tag.Length - 2), out var value))
        {
            return false;
        }

        revision = value;
        return true;
    }
}
