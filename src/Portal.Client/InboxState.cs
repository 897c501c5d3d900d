using DialogTokens.Portal.Client.Api;

namespace DialogTokens.Portal.Client;

/// <summary>What the inbox remembers while the user opens a dialog and comes back: the parties, the chosen one, the page.</summary>
public sealed class InboxState
{
    private readonly Stack<string?> previousPages = new();

    public IReadOnlyList<AuthorizedParty>? Parties { get; set; }

    public string? Party { get; private set; }

    /// <summary>The continuation token of the page shown, or null for the first page.</summary>
    public string? Page { get; private set; }

    public bool HasPreviousPage => previousPages.Count > 0;

    public void ChooseParty(string party)
    {
        Party = party;
        Page = null;
        previousPages.Clear();
    }

    public void NextPage(string continuationToken)
    {
        previousPages.Push(Page);
        Page = continuationToken;
    }

    public void PreviousPage()
    {
        if (previousPages.Count > 0)
        {
            Page = previousPages.Pop();
        }
    }

    public void Clear()
    {
        Parties = null;
        Party = null;
        Page = null;
        previousPages.Clear();
    }
}
