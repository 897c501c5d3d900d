using Microsoft.JSInterop;

namespace DialogTokens.Portal.Client.Texts;

/// <summary>The chosen language (nb or en), kept in the browser's localStorage and set on the page's <c>lang</c>.</summary>
public sealed class LanguageChoice(IJSRuntime js)
{
    public const string StorageKey = "dialogtokens.portal.language";

    /// <summary>Raised after the language changed.</summary>
    public event Action? Changed;

    /// <summary><c>nb</c> (the default) or <c>en</c>.</summary>
    public string Current { get; private set; } = UiText.Norwegian.Language;

    public UiText Text => UiText.For(Current);

    /// <summary>Reads the saved choice, once at start-up.</summary>
    public async Task LoadAsync()
    {
        var saved = await js.InvokeAsync<string?>("localStorage.getItem", StorageKey);
        Current = UiText.For(saved).Language;
        await js.InvokeVoidAsync("document.documentElement.setAttribute", "lang", Current);
    }

    public async Task SetAsync(string language)
    {
        Current = UiText.For(language).Language;
        await js.InvokeVoidAsync("localStorage.setItem", StorageKey, Current);
        await js.InvokeVoidAsync("document.documentElement.setAttribute", "lang", Current);
        Changed?.Invoke();
    }
}
