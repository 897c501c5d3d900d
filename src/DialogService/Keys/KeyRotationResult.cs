using System.Diagnostics.CodeAnalysis;

namespace DialogTokens.DialogService.Keys;

/// <summary>The outcome of <see cref="IDialogTokenKeyRing.RotateNowAsync"/>.</summary>
public readonly record struct KeyRotationResult
{
    /// <summary>Whether the rotation was scheduled.</summary>
    [MemberNotNullWhen(true, nameof(KeyId))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => KeyId is not null;

    /// <summary>The key that signs next.</summary>
    public string? KeyId { get; init; }

    /// <summary>When <see cref="KeyId"/> starts signing: now, or when its publish lead time has passed.</summary>
    public DateTimeOffset SignFrom { get; init; }

    /// <summary>Why the rotation was refused.</summary>
    public string? Error { get; init; }

    /// <summary>A scheduled rotation.</summary>
    public static KeyRotationResult Scheduled(string keyId, DateTimeOffset signFrom) => new() { KeyId = keyId, SignFrom = signFrom };

    /// <summary>A refused rotation.</summary>
    public static KeyRotationResult Refused(string error) => new() { Error = error };
}
