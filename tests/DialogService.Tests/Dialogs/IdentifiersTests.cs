using DialogTokens.DialogService.Dialogs;

namespace DialogTokens.DialogService.Tests.Dialogs;

public sealed class IdentifiersTests
{
    public static readonly TheoryData<string> ValidPersons = ["12858012307", "07837523588", "23919034521", "14886498226"];

    public static readonly TheoryData<string> InvalidPersons =
    [
        "12858012308", // second check digit wrong
        "12858012317", // first check digit wrong
        "1285801230", // 10 digits
        "128580123070", // 12 digits
        "",
        "1285801230a",
        "12858-12307",
        " 2858012307",
        "12858012307 ",
        "１2858012307", // a full-width digit is not an ASCII digit
        "12858000500", // the first check digit computes to 10: no digit is right
        "12858001470", // the first is right, the second computes to 10
    ];

    public static readonly TheoryData<string> ValidOrganizations = ["310100013", "310100021", "310100048", "991825827"];

    public static readonly TheoryData<string> InvalidOrganizations =
    [
        "310100014", // check digit wrong
        "991825828",
        "31010001", // 8 digits
        "3101000130", // 10 digits
        "",
        "31010001a",
        "3101-0013",
        "310100030", // the check digit computes to 10
        "12858012307", // a person, not an organization
    ];

    [Theory]
    [MemberData(nameof(ValidPersons))]
    public void IsPersonIdentifier_Accepts_ValidNationalIdentityNumbers(string value) =>
        Assert.True(Identifiers.IsPersonIdentifier(value));

    [Theory]
    [MemberData(nameof(InvalidPersons))]
    public void IsPersonIdentifier_Rejects_WrongCheckDigitsLengthsAndCharacters(string value) =>
        Assert.False(Identifiers.IsPersonIdentifier(value));

    [Theory]
    [MemberData(nameof(ValidOrganizations))]
    public void IsOrganizationNumber_Accepts_ValidOrganizationNumbers(string value) =>
        Assert.True(Identifiers.IsOrganizationNumber(value));

    [Theory]
    [MemberData(nameof(InvalidOrganizations))]
    public void IsOrganizationNumber_Rejects_WrongCheckDigitsLengthsAndCharacters(string value) =>
        Assert.False(Identifiers.IsOrganizationNumber(value));

    [Theory]
    [InlineData("12858000500")]
    [InlineData("12858000501")]
    [InlineData("12858000509")]
    public void IsPersonIdentifier_Rejects_EveryLastDigits_WhenTheFirstCheckDigitComputesToTen(string value) =>
        Assert.False(Identifiers.IsPersonIdentifier(value));

    [Fact]
    public void IsOrganizationNumber_Rejects_EveryCheckDigit_WhenItComputesToTen()
    {
        for (var digit = 0; digit <= 9; digit++)
        {
            Assert.False(Identifiers.IsOrganizationNumber($"31010003{digit}"));
        }
    }
}
