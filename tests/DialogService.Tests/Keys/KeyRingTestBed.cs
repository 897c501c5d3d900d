using DialogTokens.DialogService.Keys;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Time.Testing;

namespace DialogTokens.DialogService.Tests.Keys;

/// <summary>A stored key ring on a test database with a fake clock; instances made from one bed share database and Data Protection keys.</summary>
public sealed class KeyRingTestBed
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private readonly IDataProtectionProvider dataProtection = new EphemeralDataProtectionProvider();

    public KeyRingTestBed(KeysTestDatabase database) => Database = database;

    public KeysTestDatabase Database { get; }

    public FakeTimeProvider Time { get; } = new(T0);

    public KeyRotationOptions Options { get; } = new();

    internal StoredKeyRing NewInstance() =>
        new(new KeyRingStore(Database.Databases, dataProtection, Options, Time), Time);
}
