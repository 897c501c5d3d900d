using static Microsoft.Playwright.Assertions;

namespace DialogTokens.Portal.BrowserTests.Portal;

/// <summary>
/// A user step is one trace across all three: the portal names it in <c>traceparent</c>, the sample verifies the token
/// and changes the dialog through the dialog service, which decides with the PDP, all in the same trace.
/// </summary>
public sealed class TraceTests(BrowserHosts hosts)
{
    [Fact]
    public async Task OpeningADialog_AndSubmitting_AreEachOneTrace_AcrossPortalSampleAndDialogService()
    {
        var id = await WriteActionTests.CreateAsync(hosts, queue: false);
        var page = await hosts.NewPageAsync();
        await page.LoginAsync(hosts, PortalSession.Kari);
        await page.OpenDialogAsync(hosts, id);
        await Expect(page.TestId("embed")).ToHaveAttributeAsync("data-embed-state", "loaded");

        // Opening: GET dialog with its PDP decision beneath it, in the trace the portal began.
        var get = await EventuallyAsync(() => hosts.Spans.Tagged("dialog.id", id).FirstOrDefault(s => s.OperationName == "dialog.get"));
        Assert.Equal("ok", get.GetTagItem("dialog.outcome"));
        Assert.Contains(hosts.Spans.InTrace(get.TraceId), s => s.OperationName == "pdp.decide" && s.ParentSpanId == get.SpanId);

        // The embed was fetched in the same step, from the sample: the portal's traceparent reached both.
        await EventuallyAsync(() => hosts.Spans.InTrace(get.TraceId).FirstOrDefault(s => s.OperationName == "embed"));

        await page.GuiAction("write").ClickAsync();
        await Expect(page.TestId("dialog-summary")).ToContainTextAsync("Sendt inn");

        // Submitting: the sample's write action, its token verification, and the dialog service's replace, one trace.
        var write = await EventuallyAsync(() => hosts.Spans.Tagged("dialog.id", id).FirstOrDefault(s => s.OperationName == "write-action"));
        Assert.NotEqual(get.TraceId, write.TraceId);
        var trace = await EventuallyAsync(() =>
        {
            var spans = hosts.Spans.InTrace(write.TraceId);
            return spans.Any(s => s.OperationName == "dialog.replace") ? spans : null;
        });
        Assert.Contains(trace, s => s.OperationName == "dialogtoken.verify" && s.GetTagItem("dialogtoken.outcome") as string == "valid");
        Assert.Contains(trace, s => s.OperationName == "dialog.replace" && s.GetTagItem("dialog.id") as string == id);

        // The reload after 204 belongs to the same step: only the portal's traceparent can put it in this trace.
        await EventuallyAsync(() => hosts.Spans.InTrace(write.TraceId).FirstOrDefault(s => s.OperationName == "dialog.get"));
        await page.Context.CloseAsync();
    }

    /// <summary>A span ends when its request's answer has been written, which can be just after the browser saw it.</summary>
    private static async Task<T> EventuallyAsync<T>(Func<T?> find) where T : class
    {
        for (var i = 0; i < 50; i++)
        {
            if (find() is { } found)
            {
                return found;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        return find() ?? throw new Xunit.Sdk.XunitException("The span did not arrive within 5 s.");
    }
}
