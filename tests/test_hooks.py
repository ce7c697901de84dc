"""Hook points (qlens_q.nn.hooks): what is captured is exactly what the module returned or received,
the hooks are gone after the block (also after an error), and bad locations are refused naming
``points``."""

from __future__ import annotations

from typing import Any

import pytest
import torch
from probe_models import Compass, compass_data, plain_tokens
from torch import nn

import qlens_q
from qlens_q.errors import InputError
from qlens_q.nn.hooks import Captured, capture, locate, resolve


class Pair(nn.Module):
    """Returns a tuple ``(linear(x), 2 * x)``: a point reads the first element."""

    def __init__(self, d: int) -> None:
        super().__init__()
        self.linear = nn.Linear(d, d)

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        return self.linear(x), 2 * x


class Keyword(nn.Module):
    """Called by keyword only (``block(hidden_states=h, scale=...)``), as Hugging Face blocks are."""

    def forward(self, *, hidden_states: torch.Tensor, scale: float = 1.0) -> torch.Tensor:
        return hidden_states * scale


class Net(nn.Module):
    """embed -> pair (tuple output) -> shared (run twice) -> kw (keyword call) -> head."""

    def __init__(self, d: int = 4, n: int = 3) -> None:
        super().__init__()
        self.embed = nn.Linear(d, d)
        self.pair = Pair(d)
        self.shared = nn.Linear(d, d)
        self.kw = Keyword()
        self.head = nn.Linear(d, n)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = torch.tanh(self.embed(x))
        h = self.pair(h)[0]
        h = self.shared(self.shared(h))
        h = self.kw(hidden_states=h, scale=0.5)
        return self.head(h)

    def by_hand(self, x: torch.Tensor) -> dict[str, torch.Tensor]:
        """Every intermediate value, computed without hooks."""
        embed = self.embed(x)
        pair = self.pair.linear(torch.tanh(embed))
        first = self.shared(pair)
        second = self.shared(first)
        kw = second * 0.5
        return {"embed": embed, "pair": pair, "first": first, "second": second, "kw": kw}


@pytest.fixture
def net() -> Net:
    torch.manual_seed(0)
    return Net()


def _hooks(model: nn.Module) -> int:
    """Forward hooks and forward pre-hooks registered on every submodule of ``model``."""
    return sum(len(m._forward_hooks) + len(m._forward_pre_hooks) for m in model.modules())


def test_capture_holds_exactly_the_module_outputs_and_inputs(net: Net) -> None:
    x = torch.randn(5, 4)
    want = net.by_hand(x)
    points = {
        "e": "embed",
        "p": "pair",  # tuple output: its first element
        "p_in": "pair:input",  # positional input: tanh(embed(x))
        "s1": "shared@1",
        "s2": "shared@2",
        "s2_in": "shared:input@2",
        "k_in": "kw:input",  # keyword-only call: the tensor keyword argument
        "k": "kw",
        "logits": "head",
    }
    with capture(net, points) as store:
        logits = net(x)
        got = {name: store.read(name) for name in points}
    assert torch.equal(got["e"], want["embed"])
    assert torch.equal(got["p"], want["pair"])
    assert torch.equal(got["p_in"], torch.tanh(want["embed"]))
    assert torch.equal(got["s1"], want["first"]) and torch.equal(got["s2_in"], want["first"])
    assert torch.equal(got["s2"], want["second"]) and torch.equal(got["k_in"], want["second"])
    assert torch.equal(got["k"], want["kw"]) and torch.equal(got["logits"], logits)
    assert not any(t.requires_grad for t in got.values())  # detached from the graph
    assert store.calls == {**dict.fromkeys(points, 1), "s1": 2, "s2": 2, "s2_in": 2}


def test_hooks_are_removed_after_the_block_and_after_an_error(net: Net) -> None:
    seen: list[torch.Tensor] = []
    net.embed.register_forward_hook(lambda m, i, o: seen.append(o))  # the user's own hook stays
    before = _hooks(net)
    with capture(net, {"e": "embed", "k_in": "kw:input"}) as store:
        assert _hooks(net) == before + 2
        net(torch.randn(2, 4))
    assert _hooks(net) == before and len(seen) == 1
    with pytest.raises(RuntimeError, match="inside the block"), capture(net, {"e": "embed", "s": "shared@2"}):
        net(torch.randn(2, 4))
        raise RuntimeError("inside the block")
    assert _hooks(net) == before
    # after the block nothing is captured any more
    store.clear()
    net(torch.randn(2, 4))
    assert dict(store) == {} and store.calls == {"e": 0, "k_in": 0}


def test_a_bad_location_leaves_no_hook_behind(net: Net) -> None:
    before = _hooks(net)
    refused = pytest.raises(InputError, match=r"^points: the model has no module 'nowhere'")
    with refused, capture(net, {"e": "embed", "x": "nowhere"}):
        pass  # pragma: no cover - never entered
    assert _hooks(net) == before


def test_a_module_run_twice_needs_a_chosen_call(net: Net) -> None:
    x = torch.randn(3, 4)
    want = net.by_hand(x)
    with capture(net, {"s": "shared", "s3": "shared@3", "late": "shared@2"}) as store:
        net(x)
        with pytest.raises(
            InputError, match=r"^points: 's' \(shared\) ran 2 times .*shared@1 \.\. shared@2$"
        ):
            store.read("s")
        with pytest.raises(InputError, match=r"^points: 's3' \(shared@3\) ran 2 times .*, not 3$"):
            store.read("s3")
        assert torch.equal(store.read("late"), want["second"])
        store.clear()  # forgets the last pass
        assert store.calls == {"s": 0, "s3": 0, "late": 0} and "late" not in store


def test_a_point_that_never_ran_is_refused() -> None:
    model = nn.ModuleDict({"used": nn.Linear(2, 2), "unused": nn.Linear(2, 2)})
    with capture(model, {"u": "unused"}) as store:
        model["used"](torch.ones(1, 2))
        with pytest.raises(InputError, match=r"^points: 'u' \(unused\) saw nothing in a forward pass$"):
            store.read("u")


class Odd(nn.Module):
    """Returns ``None`` (or is called with no tensor at all)."""

    def forward(self, *args: Any, **kwargs: Any) -> None:
        return None


@pytest.mark.parametrize(
    ("location", "call", "message"),
    [
        ("odd", lambda m: m(torch.ones(1)), r"^points: hook point 'p' sees a NoneType, not a tensor$"),
        (
            "odd:input",
            lambda m: m(flag=True),
            r"^points: hook point 'p': the module was called with no tensor",
        ),
        ("odd:input", lambda m: m("text"), r"^points: hook point 'p' sees a str, not a tensor$"),
    ],
    ids=["none-output", "no-tensor-keyword", "string-input"],
)
def test_what_is_not_a_tensor_is_refused_during_the_forward_pass(
    location: str, call: Any, message: str
) -> None:
    model = nn.ModuleDict({"odd": Odd()})
    with capture(model, {"p": location}), pytest.raises(InputError, match=message):
        call(model["odd"])
    assert _hooks(model) == 0


@pytest.mark.parametrize(
    ("location", "message"),
    [
        ("", "non-empty module path"),
        (":input", "non-empty module path"),
        ("@2", "non-empty module path"),
        ("shared@0", "calls are counted from 1"),
        ("nowhere", "no module 'nowhere'"),
        ("embed.weight", "no module 'embed.weight'"),  # a parameter, not a module
        ("pair.linear:output", "no module 'pair.linear:output'"),
    ],
)
def test_locate_refuses_naming_points(net: Net, location: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        locate(net, location)
    assert info.value.argument == "points" and "--" not in info.value.problem


def test_locate_and_resolve_parse_the_location(net: Net) -> None:
    found = locate(net, "pair.linear:input@3")
    assert found.module is net.pair.linear and found.read_input and found.call == 3
    found = locate(net, "kw")
    assert found.module is net.kw and not found.read_input and found.call is None
    assert resolve(net, "shared:input@1") == (net.shared, True)
    assert resolve(net, "head") == (net.head, False)
    with pytest.raises(InputError, match=r"^points: "):
        locate(net, 3)  # type: ignore[arg-type]


def test_captured_is_a_plain_mapping_of_the_last_pass(net: Net) -> None:
    with capture(net, {"e": "embed"}) as store:
        assert isinstance(store, Captured) and isinstance(store, dict)
        first = torch.randn(2, 4)
        net(first)
        a = store.read("e")
        store.clear()
        net(2 * first)
        b = store.read("e")
    assert torch.equal(a, net.embed(first)) and torch.equal(b, net.embed(2 * first))
    assert store.points == {"e": "embed"} and store.located["e"].module is net.embed


# ------------------------------------------------------------------ through a Probe


@pytest.fixture
def compass() -> Compass:
    """An untrained, seeded Compass: what is read at a point does not depend on training."""
    torch.manual_seed(0)
    return Compass().eval()


def test_readouts_and_hook_locations(compass: Compass) -> None:
    tokens, _ = compass_data(6, 5)
    batch = {"tokens": tokens, "mask": (tokens != 0).long(), "attention_mask": (tokens != 0).long()}
    with torch.no_grad():
        embedded = compass.lookup(tokens)
    head = lambda h: compass.readout_layer(compass.final_ln(h))  # noqa: E731
    mask = (tokens != 0).float()[..., None]
    last = (tokens != 0).long().cumsum(1).argmax(1)
    expected = {
        "cls": embedded[:, 0],
        "mean": (embedded * mask).sum(1) / mask.sum(1),
        "last": embedded[torch.arange(6), last],
    }
    forward = lambda m, b: m(b["tokens"], b["mask"])  # noqa: E731
    for readout, rows in expected.items():
        probe = qlens_q.Probe(compass, {"embed": "lookup"}, head, readout=readout, forward=forward)
        cached = probe.cache(batch)
        torch.testing.assert_close(cached.residuals["embed"], rows)
    # a module's input is the previous module's output; a tuple output gives its first element
    probe = qlens_q.Probe(compass, {"out0": "trunk.stage0", "in1": "trunk.stage1:input"}, head, readout="mean",
                          forward=forward)  # fmt: skip
    cached = probe.cache([batch])
    torch.testing.assert_close(cached.residuals["out0"], cached.residuals["in1"])


class Shared(nn.Module):
    """One block applied three times (ALBERT-style) and a block called by keyword only."""

    def __init__(self, d: int = 8) -> None:
        super().__init__()
        self.emb = nn.Embedding(20, d)
        self.block = nn.Linear(d, d)
        self.kw = KeywordResidual(d)
        self.out = nn.Linear(d, 3)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.emb(x)
        for _ in range(3):
            h = h + torch.tanh(self.block(h))
        return self.out(self.kw(hidden_states=h).mean(1))


class KeywordResidual(nn.Module):
    """``h + lin(h)``, called as ``kw(hidden_states=h)``."""

    def __init__(self, d: int) -> None:
        super().__init__()
        self.lin = nn.Linear(d, d)

    def forward(self, hidden_states: torch.Tensor) -> torch.Tensor:
        return hidden_states + self.lin(hidden_states)


def test_a_module_called_several_times_needs_a_chosen_call_and_keyword_inputs_are_read() -> None:
    model = Shared().eval()
    x = plain_tokens()
    with pytest.raises(
        InputError, match=r"'blk' \(block\) ran 3 times in one forward pass; name one call: block@1"
    ):
        qlens_q.Probe(model, {"blk": "block"}, model.out, readout="mean").trajectories(x)
    seen: list[torch.Tensor] = []
    model.block.register_forward_hook(lambda m, i, o: seen.append(o.detach()))
    cached = qlens_q.Probe(model, {"a": "block@1", "c": "block@3"}, model.out, readout="mean").cache(x)
    torch.testing.assert_close(cached.residuals["a"], seen[0].mean(1))
    torch.testing.assert_close(cached.residuals["c"], seen[2].mean(1))
    with pytest.raises(InputError, match="ran 3 times in one forward pass, not 4"):
        qlens_q.Probe(model, {"d": "block@4"}, model.out, readout="mean").cache(x)
    both = qlens_q.Probe(model, {"into": "kw:input", "out": "kw"}, model.out, readout="mean").cache(x)
    into = both.residuals["into"]
    torch.testing.assert_close(both.residuals["out"], into + model.kw.lin(into))
