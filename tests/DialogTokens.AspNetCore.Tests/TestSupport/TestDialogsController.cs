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

    [HttpPost("task1/delete")]
    [RequireDialogAction("delete", AuthorizationAttribute = "urn:altinn:task:Task_1")]
    public IActionResult DeleteTask1() => NoContent();
}

/// <summary>A class-level attribute: every action needs <c>read</c>, and this one also <c>sign</c>.</summary>
[ApiController]
[Route("mvc/own")]
[RequireDialogAction("read", DialogIdRouteValue = null)]
public sealed class TestOwnDialogController : ControllerBase
{
    [HttpPost("sign")]
    [RequireDialogAction("sign", DialogIdRouteValue = null)]
    public IActionResult Sign() => Ok(HttpContext.GetDialogToken()!.DialogId);
}
