"""Case state machines and the rules file, without a database."""

from __future__ import annotations

import pytest

from desk.enums import CaseKind, CaseState, ItemCondition, SalesChannel
from desk.errors import InvalidInput
from desk.rules import states
from desk.rules.settings import default_rules, default_rules_text, parse_rules


@pytest.mark.parametrize("kind", list(CaseKind))
def test_every_state_is_reachable_from_a_starting_state_and_every_path_ends(kind: CaseKind) -> None:
    machine = states.TRANSITIONS[kind]
    starts = {CaseState.DRAFT, CaseState.OPEN, CaseState.AWAITING_ITEMS, CaseState.RECEIVED} & set(machine)
    reachable, frontier = set(starts), list(starts)
    while frontier:
        for following in machine[frontier.pop()]:
            assert following in machine, f"{following} is not a state of {kind}"
            if following not in reachable:
                reachable.add(following)
                frontier.append(following)
    assert reachable == set(machine)
    assert states.final_states(kind), "a kind without final states never ends"


def test_illegal_transitions_are_refused_with_the_possible_ones() -> None:
    states.check_transition(CaseKind.RETURN, CaseState.RECEIVED, CaseState.REFUNDED)
    with pytest.raises(InvalidInput, match="cannot become refunded; it can become: cancelled, received, rejected"):
        states.check_transition(CaseKind.RETURN, CaseState.AWAITING_ITEMS, CaseState.REFUNDED)
    with pytest.raises(InvalidInput, match="finished and cannot change"):
        states.check_transition(CaseKind.RETURN, CaseState.REFUNDED, CaseState.RECEIVED)
    with pytest.raises(InvalidInput, match="A return cannot be diagnosing"):
        states.check_transition(CaseKind.RETURN, CaseState.RECEIVED, CaseState.DIAGNOSING)


def test_a_rejected_warranty_claim_stays_open_until_the_item_goes_back() -> None:
    assert not states.is_final(CaseKind.WARRANTY, CaseState.REJECTED)
    assert states.is_final(CaseKind.RETURN, CaseState.REJECTED)
    assert states.is_final(CaseKind.WARRANTY, CaseState.RETURNED_TO_CUSTOMER)


def test_the_shipped_rules_say_what_the_issue_asks() -> None:
    rules = default_rules()
    assert rules.returns.withdrawal_days == 14
    assert rules.returns.withdrawal_channels == {SalesChannel.WEB, SalesChannel.PHONE}
    assert rules.returns.restocking_percent("Televisores", ItemCondition.OPENED) == 10
    assert rules.returns.restocking_percent("Accesorios", ItemCondition.DAMAGED) == 25
    from datetime import date

    assert rules.warranty.legal_guarantee("ES", date(2022, 1, 1))[0] == 36
    assert rules.warranty.legal_guarantee("ES", date(2021, 12, 31))[0] == 24
    assert rules.warranty.legal_guarantee("PT", date(2023, 5, 1)) == (24, "legal minimum")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("withdrawal_days = 14", "withdrawal_days = -1"), "returns.withdrawal_days must be a whole number"),
        (("withdrawal_days = 14", 'withdrawal_days = "14"'), "returns.withdrawal_days must be a whole number"),
        (('withdrawal_channels = ["web", "phone"]', 'withdrawal_channels = ["fax"]'), "'fax' is not one of"),
        (("damaged = 25", "damaged = 250"), "default.damaged must be a percent from 0 to 100"),
        (('"Televisores" = { opened = 10 }', '"Televisores" = { broken = 10 }'), "'broken' is not a condition"),
        (('country = "ES"\nfrom = 2022-01-01', 'country = "Spain"\nfrom = 2022-01-01'), "two-letter code"),
        (("from = 2022-01-01", 'from = "2022"'), "must be a date"),
        (('replacement_cover = "remaining"', 'replacement_cover = "forever"'), "must be one of remaining, restart"),
        (("[warranty]", "[guarantee]"), "warranty.default_legal_months must be a whole number"),
        (("withdrawal_days = 14", "withdrawal_days = = 14"), "not valid TOML"),
    ],
)
def test_a_bad_rules_file_names_the_setting_that_is_wrong(change: tuple[str, str], message: str) -> None:
    text = default_rules_text()
    assert change[0] in text
    with pytest.raises(InvalidInput, match=message.replace("[", r"\[").replace("(", r"\(")):
        parse_rules(text.replace(change[0], change[1], 1))


def test_a_file_without_the_tables_says_which_is_missing() -> None:
    with pytest.raises(InvalidInput, match=r"need a \[returns\] table"):
        parse_rules("title = 'rules'")
