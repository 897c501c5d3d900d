using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DialogTokens.AspNetCore.Tests.TestSupport;

/// <summary>The controller variant: the attribute instead of the endpoint convention.</summary>
[ApiController]
[Route("mvc/dialogs/{dialogId}")]
public sealed class TestDialogsController : ControllerBase
{
    [HttpPost("write")]
    [RequireDialogAction("write")]
    public IActionResult Write(Guid dialogId) => Ok(new { dialogId, party = HttpContext.GetDialogToken()!.Party });

    [HttpPost("other-service")]
    [RequireDialogAction("write", ServiceResource = ProtectedApp.OtherServiceResource)]
    public IActionResult OtherService() => NoContent();

    [HttpPost("task1/delete")]
    [RequireDialogAction("delete", AuthorizationAttribute = "urn:altinn:task:Task_1")]
    public IActionResult DeleteTask1() => NoContent();
}

/// <summary>A class-level attribute: every action needs <c>read</c>, and this one also <c>sign</c>.</summary>
[ApiController]
[Route("mvc/own")]
[RequireDialogAction("read", DialogIdFrom = DialogIdFrom.Token)]
public sealed class TestOwnDialogController : ControllerBase
{
    [HttpPost("sign")]
    [RequireDialogAction("sign", DialogIdFrom = DialogIdFrom.Token)]
    public IActionResult Sign() => Ok(HttpContext.GetDialogToken()!.DialogId);
}

/// <summary>
/// A controller whose route has no dialog id although its action requires one: the host must refuse to start with it.
/// Only <c>RouteCheckTests</c> adds it; <see cref="WithoutMisfitControllers"/> keeps it out of every other app.
/// </summary>
[ApiController]
[Route("mvc/misfit")]
public sealed class MisfitDialogController : ControllerBase
{
    [HttpPost("write")]
    [RequireDialogAction("write")]
    public IActionResult Write() => NoContent();
}

/// <summary>Removes <see cref="MisfitDialogController"/> from the controllers an app discovers.</summary>
internal sealed class WithoutMisfitControllers : Microsoft.AspNetCore.Mvc.ApplicationParts.IApplicationFeatureProvider<Microsoft.AspNetCore.Mvc.Controllers.ControllerFeature>
{
    public void PopulateFeature(IEnumerable<Microsoft.AspNetCore.Mvc.ApplicationParts.ApplicationPart> parts, Microsoft.AspNetCore.Mvc.Controllers.ControllerFeature feature) =>
        feature.Controllers.Remove(typeof(MisfitDialogController).GetTypeInfo());
}
