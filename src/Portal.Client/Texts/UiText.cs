namespace DialogTokens.Portal.Client.Texts;

/// <summary>The portal's own words in one language; <see cref="For"/> picks them.</summary>
public sealed class UiText
{
    public static readonly UiText Norwegian = new()
    {
        Language = "nb",
        AppTitle = "Innboks",
        SkipToContent = "Hopp til innholdet",
        LanguageSwitch = "Språk",
        Login = "Logg inn",
        Logout = "Logg ut",
        LoggedInAs = "Innlogget som",
        Loading = "Laster …",
        LoginPrompt = "Logg inn for å se dialogene dine.",
        LoginFailed = "Innloggingen mislyktes.",
        LoggedOut = "Du er logget ut.",
        ActFor = "Representerer",
        Dialogs = "Dialoger",
        NoDialogs = "Ingen dialoger.",
        Status = "Status",
        Updated = "Oppdatert",
        NextPage = "Neste side",
        PreviousPage = "Forrige side",
        BackToList = "Tilbake til innboksen",
        Content = "Innhold",
        Actions = "Handlinger",
        MoreActions = "Flere handlinger",
        NotAuthorized = "Du har ikke tilgang til denne handlingen",
        Confirm = "Bekreft",
        Yes = "Ja",
        No = "Nei",
        Working = "Sender …",
        Done = "Utført.",
        Waiting = "Mottatt, venter på oppdatering …",
        StillOnItsWay = "Endringen er mottatt, men er ikke synlig ennå. Den er fortsatt på vei.",
        GaveUp = "Endringen ble ikke synlig innen ett minutt. Last inn siden på nytt senere.",
        EmbedLoading = "Laster innholdet …",
        EmbedUnsupported = "Dette innholdet kan ikke vises her.",
        Retry = "Prøv igjen",
        TokenPanel = "Dialogtoken",
        TokenPanelIntro = "Det tjenesteleverandøren ser: tokenet er ditt eget, og ingenting her er hemmelig.",
        TokenHeader = "Header",
        TokenClaims = "Claims",
        GrantedActions = "Tillatte handlinger",
        NoGrantedActions = "Ingen",
        ExpiresIn = "Utløper om",
        Seconds = "s",
        TokenUnreadable = "Tokenet kunne ikke leses.",
        LastAnswer = "Siste svar fra tjenesteleverandøren",
        NoAnswerYet = "Ingen kall ennå.",
        TokenRenewed = "Tokenet var utløpt og ble fornyet.",
        DialogNotFound = "Fant ikke dialogen.",
        DialogGone = "Dialogen er slettet.",
        DialogForbidden = "Du har ikke tilgang til denne dialogen.",
        DialogLevelTooLow = "Dialogen krever et høyere sikkerhetsnivå. Logg inn på nytt med høyere nivå.",
        DialogServiceDown = "Dialogtjenesten svarer ikke. Prøv igjen senere.",
        PartiesFailed = "Kunne ikke hente hvem du kan representere.",
        ListFailed = "Kunne ikke hente dialogene.",
        Problems = new ProblemWords
        {
            Timeout = "Tjenesteleverandøren svarte ikke innen 10 sekunder.",
            Network = "Fikk ikke kontakt med tjenesteleverandøren.",
            TooLarge = "Svaret var større enn 100 KB og ble ikke vist.",
            Expired = "Tokenet var utløpt.",
            Unauthenticated = "Tjenesteleverandøren godtok ikke tokenet.",
            NotAllowed = "Du har ikke lov til dette.",
            WrongDialog = "Tokenet gjelder en annen dialog.",
            WrongParty = "Tokenet gjelder en annen part eller tjeneste.",
            NotFound = "Finnes ikke hos tjenesteleverandøren.",
            Gone = "Dialogen er borte (slettet).",
            Conflict = "Dialogen ble endret samtidig av noen andre. Prøv igjen.",
            Unavailable = "Tjenesten er midlertidig utilgjengelig. Prøv igjen senere.",
            ServerError = "Det oppstod en feil hos tjenesteleverandøren.",
            Unexpected = "Uventet svar",
        },
        StatusLabels = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["NotApplicable"] = "Ingen status",
            ["InProgress"] = "Under arbeid",
            ["Draft"] = "Utkast",
            ["Awaiting"] = "Venter",
            ["RequiresAttention"] = "Krever handling",
            ["Completed"] = "Fullført",
        },
    };

    public static readonly UiText English = new()
    {
        Language = "en",
        AppTitle = "Inbox",
        SkipToContent = "Skip to content",
        LanguageSwitch = "Language",
        Login = "Log in",
        Logout = "Log out",
        LoggedInAs = "Logged in as",
        Loading = "Loading …",
        LoginPrompt = "Log in to see your dialogs.",
        LoginFailed = "The login failed.",
        LoggedOut = "You are logged out.",
        ActFor = "Acting for",
        Dialogs = "Dialogs",
        NoDialogs = "No dialogs.",
        Status = "Status",
        Updated = "Updated",
        NextPage = "Next page",
        PreviousPage = "Previous page",
        BackToList = "Back to the inbox",
        Content = "Content",
        Actions = "Actions",
        MoreActions = "More actions",
        NotAuthorized = "You are not allowed to do this",
        Confirm = "Confirm",
        Yes = "Yes",
        No = "No",
        Working = "Sending …",
        Done = "Done.",
        Waiting = "Accepted, waiting for the update …",
        StillOnItsWay = "The change was accepted but does not show yet. It is still on its way.",
        GaveUp = "The change did not show within a minute. Reload the page later.",
        EmbedLoading = "Loading the content …",
        EmbedUnsupported = "This content cannot be shown here.",
        Retry = "Try again",
        TokenPanel = "Dialog token",
        TokenPanelIntro = "What the service provider sees: the token is your own, nothing here is secret.",
        TokenHeader = "Header",
        TokenClaims = "Claims",
        GrantedActions = "Granted actions",
        NoGrantedActions = "None",
        ExpiresIn = "Expires in",
        Seconds = "s",
        TokenUnreadable = "The token could not be read.",
        LastAnswer = "The service provider's last answer",
        NoAnswerYet = "No calls yet.",
        TokenRenewed = "The token had expired and was renewed.",
        DialogNotFound = "The dialog was not found.",
        DialogGone = "The dialog was deleted.",
        DialogForbidden = "You may not see this dialog.",
        DialogLevelTooLow = "The dialog needs a higher authentication level. Log in again with a higher level.",
        DialogServiceDown = "The dialog service does not answer. Try again later.",
        PartiesFailed = "Could not fetch whom you may act for.",
        ListFailed = "Could not fetch the dialogs.",
        Problems = new ProblemWords
        {
            Timeout = "The service provider did not answer within 10 seconds.",
            Network = "Could not reach the service provider.",
            TooLarge = "The answer was larger than 100 KB and is not shown.",
            Expired = "The token had expired.",
            Unauthenticated = "The service provider did not accept the token.",
            NotAllowed = "You are not allowed to do this.",
            WrongDialog = "The token is for another dialog.",
            WrongParty = "The token is for another party or service.",
            NotFound = "Not found at the service provider.",
            Gone = "The dialog is gone (deleted).",
            Conflict = "Someone else changed the dialog at the same time. Try again.",
            Unavailable = "The service is unavailable for now. Try again later.",
            ServerError = "Something went wrong at the service provider.",
            Unexpected = "Unexpected answer",
        },
        StatusLabels = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["NotApplicable"] = "No status",
            ["InProgress"] = "In progress",
            ["Draft"] = "Draft",
            ["Awaiting"] = "Awaiting",
            ["RequiresAttention"] = "Requires attention",
            ["Completed"] = "Completed",
        },
    };

    public required string Language { get; init; }
    public required string AppTitle { get; init; }
    public required string SkipToContent { get; init; }
    public required string LanguageSwitch { get; init; }
    public required string Login { get; init; }
    public required string Logout { get; init; }
    public required string LoggedInAs { get; init; }
    public required string Loading { get; init; }
    public required string LoginPrompt { get; init; }
    public required string LoginFailed { get; init; }
    public required string LoggedOut { get; init; }
    public required string ActFor { get; init; }
    public required string Dialogs { get; init; }
    public required string NoDialogs { get; init; }
    public required string Status { get; init; }
    public required string Updated { get; init; }
    public required string NextPage { get; init; }
    public required string PreviousPage { get; init; }
    public required string BackToList { get; init; }
    public required string Content { get; init; }
    public required string Actions { get; init; }
    public required string MoreActions { get; init; }
    public required string NotAuthorized { get; init; }
    public required string Confirm { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string Working { get; init; }
    public required string Done { get; init; }
    public required string Waiting { get; init; }
    public required string StillOnItsWay { get; init; }
    public required string GaveUp { get; init; }
    public required string EmbedLoading { get; init; }
    public required string EmbedUnsupported { get; init; }
    public required string Retry { get; init; }
    public required string TokenPanel { get; init; }
    public required string TokenPanelIntro { get; init; }
    public required string TokenHeader { get; init; }
    public required string TokenClaims { get; init; }
    public required string GrantedActions { get; init; }
    public required string NoGrantedActions { get; init; }
    public required string ExpiresIn { get; init; }
    public required string Seconds { get; init; }
    public required string TokenUnreadable { get; init; }
    public required string LastAnswer { get; init; }
    public required string NoAnswerYet { get; init; }
    public required string TokenRenewed { get; init; }
    public required string DialogNotFound { get; init; }
    public required string DialogGone { get; init; }
    public required string DialogForbidden { get; init; }
    public required string DialogLevelTooLow { get; init; }
    public required string DialogServiceDown { get; init; }
    public required string PartiesFailed { get; init; }
    public required string ListFailed { get; init; }
    public required ProblemWords Problems { get; init; }
    public required IReadOnlyDictionary<string, string> StatusLabels { get; init; }

    /// <summary>The words of <paramref name="language"/> (<c>nb</c> or <c>en</c>); Norwegian for anything else.</summary>
    public static UiText For(string? language) => language == English.Language ? English : Norwegian;

    /// <summary>A dialog status in words; an unknown status as it is.</summary>
    public string StatusLabel(string status) => StatusLabels.TryGetValue(status, out var label) ? label : status;
}

/// <summary>What a refusal or failure means, in words.</summary>
public sealed class ProblemWords
{
    public required string Timeout { get; init; }
    public required string Network { get; init; }
    public required string TooLarge { get; init; }
    public required string Expired { get; init; }
    public required string Unauthenticated { get; init; }
    public required string NotAllowed { get; init; }
    public required string WrongDialog { get; init; }
    public required string WrongParty { get; init; }
    public required string NotFound { get; init; }
    public required string Gone { get; init; }
    public required string Conflict { get; init; }
    public required string Unavailable { get; init; }
    public required string ServerError { get; init; }
    public required string Unexpected { get; init; }
}
