"""(Re)creates the default Word letters of the desk: return receipt, warranty intake, warranty outcome and decision
letter, in es, ca, en.

    .venv/bin/python resources/templates/build_templates.py          # writes resources/templates/{kind}.{lang}.docx

The files are ordinary Word documents with docxtpl (Jinja2) tags, so the business can later edit the wording and
the layout in Word; this script is only the starting point, and running it again overwrites their edits. The tags
are kept simple on purpose: `{{ case.number }}` prints a value (a dash when it is unknown), `{%tr for ... %}`
rows repeat a table row, `{%p if ... %}` paragraphs keep or drop what lies between them and `{%p endif %}`. No tag
holds a quoted string, because Word turns straight quotes into curly ones as you type. desk/letters.py lists the
names the tags may use and fills them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))  # run as a plain script from anywhere: import the desk beside it
sys.path.insert(0, str(HERE))  # and the texts of the decision letter, kept in a file of their own
from decision_texts import DECISION_TEXTS  # noqa: E402
from desk.letters import KINDS, LANGUAGES  # noqa: E402

FONT = "Calibri"
INK = RGBColor(0x22, 0x22, 0x22)
MUTED = RGBColor(0x59, 0x59, 0x59)
ACCENT = RGBColor(0xB0, 0x1E, 0x23)  # one dark red for the title and the section rules
RULE = "BFBFBF"
HEADER_FILL = "F2F2F2"
PAGE_WIDTH, PAGE_HEIGHT, MARGIN = Mm(210), Mm(297), Mm(18)
CONTENT_MM = 174

# Every fixed text of the letters, one block per language.
TEXTS: dict[str, dict[str, str]] = {
    "es": {
        "tax_id": "NIF", "customer_heading": "Datos del cliente", "name": "Nombre", "customer_number": "N.º de cliente",
        "address": "Dirección", "email": "Correo electrónico", "phone": "Teléfono",
        "case_heading": "Datos del expediente", "case_number": "N.º de expediente", "opened": "Fecha de apertura",
        "received_on": "Fecha de entrada", "printed": "Fecha de emisión", "agent": "Atendido por", "state": "Estado",
        "page": "Página", "of": "de", "sign_customer": "Firma del cliente", "sign_store": "Por la tienda",
        "privacy": "Tratamos sus datos para gestionar esta solicitud y cumplir nuestras obligaciones legales. Puede "
                   "ejercer sus derechos de acceso, rectificación y supresión en cualquiera de nuestras tiendas.",
        "return_title": "Justificante de devolución",
        "return_intro": "Hemos recibido los siguientes artículos devueltos:",
        "items_heading": "Artículos devueltos", "col_item": "Artículo", "col_sku": "Ref.", "col_qty": "Uds.",
        "col_serial": "N.º de serie", "col_condition": "Estado", "col_fee": "Gastos de reposición",
        "col_refund": "Reembolso", "total_value": "Valor de los artículos", "total_fees": "Gastos de reposición",
        "total_refund": "Total a reembolsar", "refund_method": "Forma de reembolso",
        "exchange_heading": "Cambio de producto", "exchange_product": "Producto nuevo",
        "price_difference": "Diferencia de precio",
        "decisions_heading": "Excepciones y autorizaciones", "col_concept": "Concepto", "col_amount": "Importe",
        "col_status": "Estado",
        "pending_note": "Las excepciones pendientes de aprobación necesitan la autorización de un responsable; hasta "
                        "entonces, sus importes no se abonarán. Le comunicaremos la decisión.",
        "return_declaration": "El cliente confirma que entrega los artículos indicados y que está conforme con el "
                              "importe y la forma de reembolso.",
        "keep_receipt": "Conserve este justificante: se lo pediremos para cualquier consulta sobre esta devolución. "
                        "Los reembolsos en tarjeta pueden tardar unos días en aparecer en su cuenta, según su "
                        "entidad bancaria.",
        "intake_title": "Resguardo de entrada en el servicio técnico",
        "intake_intro": "Hemos recibido el siguiente producto para su revisión por el servicio técnico:",
        "product_heading": "Producto", "product": "Producto", "sku": "Referencia", "serial": "N.º de serie",
        "fault": "Avería declarada", "accessories": "Accesorios entregados", "visible_damage": "Daños visibles",
        "cause": "Origen de la avería", "cover_heading": "Cobertura de la garantía", "entitlement": "Resultado",
        "reasons": "Motivos", "cover_until": "Cobertura hasta", "repair_heading": "Reparación",
        "technician": "Técnico", "repair_centre": "Servicio técnico", "due": "Fecha prevista",
        "quote_heading": "Presupuesto de reparación",
        "quote_text": "La avería no está cubierta por la garantía. El presupuesto de reparación es de {{ quote }}, "
                      "IVA incluido. Solo repararemos el producto si acepta este presupuesto; si no lo acepta, se lo "
                      "devolveremos sin reparar.",
        "quote_accept": "☐  Acepto el presupuesto", "quote_decline": "☐  No acepto el presupuesto",
        "intake_consent": "El cliente entrega el producto con los accesorios indicados y confirma que los datos de "
                          "este resguardo son correctos. La reparación puede requerir restaurar el equipo a su estado "
                          "de fábrica; no nos hacemos responsables de la pérdida de datos, por lo que le recomendamos "
                          "conservar una copia de seguridad. Presente este resguardo para recoger el producto.",
        "outcome_title": "Resolución de la reclamación en garantía",
        "outcome_intro": "Le informamos del resultado de su reclamación en garantía.",
        "diagnosis_heading": "Diagnóstico", "resolution_heading": "Resolución", "resolution": "Resolución",
        "repaired": "Hemos reparado la avería descrita.",
        "repair_cover": "La reparación está garantizada hasta el {{ warranty.repair_cover_until }}: si la misma "
                        "avería vuelve a aparecer, la repararemos sin coste.",
        "replaced": "Hemos sustituido su producto por una unidad nueva con número de serie "
                    "{{ warranty.replacement_serial }}.",
        "replacement_cover": "El producto nuevo está cubierto por la garantía hasta el "
                             "{{ warranty.replacement_cover_until }}.",
        "refunded": "Le reembolsamos {{ totals.refund }}. Forma de reembolso: {{ refund.method }}.",
        "rejected": "Lamentamos comunicarle que no podemos atender esta reclamación en garantía.",
        "rejected_reason": "Motivo", "in_progress": "Su reclamación sigue en curso (estado: {{ case.state }}). "
                                                    "Le avisaremos en cuanto esté resuelta.",
        "collect_heading": "Recogida del producto",
        "collect": "Puede recoger el producto en {{ store.name }} ({{ store.location }}) presentando este documento "
                   "o el resguardo de entrada, junto con su documento de identidad.",
        "outcome_declaration": "El cliente ha sido informado de la resolución y, en su caso, recibe el producto "
                               "conforme.",
    },
    "ca": {
        "tax_id": "NIF", "customer_heading": "Dades del client", "name": "Nom", "customer_number": "Núm. de client",
        "address": "Adreça", "email": "Correu electrònic", "phone": "Telèfon",
        "case_heading": "Dades de l'expedient", "case_number": "Núm. d'expedient", "opened": "Data d'obertura",
        "received_on": "Data d'entrada", "printed": "Data d'emissió", "agent": "Atès per", "state": "Estat",
        "page": "Pàgina", "of": "de", "sign_customer": "Signatura del client", "sign_store": "Per la botiga",
        "privacy": "Tractem les vostres dades per gestionar aquesta sol·licitud i complir les nostres obligacions "
                   "legals. Podeu exercir els drets d'accés, rectificació i supressió a qualsevol de les nostres "
                   "botigues.",
        "return_title": "Justificant de devolució",
        "return_intro": "Hem rebut els articles retornats següents:",
        "items_heading": "Articles retornats", "col_item": "Article", "col_sku": "Ref.", "col_qty": "Qt.",
        "col_serial": "Núm. de sèrie", "col_condition": "Estat", "col_fee": "Despeses de reposició",
        "col_refund": "Import", "total_value": "Valor dels articles", "total_fees": "Despeses de reposició",
        "total_refund": "Total a reemborsar", "refund_method": "Forma de reemborsament",
        "exchange_heading": "Canvi de producte", "exchange_product": "Producte nou",
        "price_difference": "Diferència de preu",
        "decisions_heading": "Excepcions i autoritzacions", "col_concept": "Concepte", "col_amount": "Import",
        "col_status": "Estat",
        "pending_note": "Les excepcions pendents d'aprovació necessiten l'autorització d'un responsable; fins "
                        "aleshores, els seus imports no s'abonaran. Us comunicarem la decisió.",
        "return_declaration": "El client confirma que lliura els articles indicats i que està conforme amb l'import "
                              "i la forma de reemborsament.",
        "keep_receipt": "Conserveu aquest justificant: us el demanarem per a qualsevol consulta sobre aquesta "
                        "devolució. Els reemborsaments a la targeta poden trigar uns dies a aparèixer al vostre "
                        "compte, segons la vostra entitat bancària.",
        "intake_title": "Resguard d'entrada al servei tècnic",
        "intake_intro": "Hem rebut el producte següent perquè el revisi el servei tècnic:",
        "product_heading": "Producte", "product": "Producte", "sku": "Referència", "serial": "Núm. de sèrie",
        "fault": "Avaria declarada", "accessories": "Accessoris lliurats", "visible_damage": "Danys visibles",
        "cause": "Origen de l'avaria", "cover_heading": "Cobertura de la garantia", "entitlement": "Resultat",
        "reasons": "Motius", "cover_until": "Cobertura fins a", "repair_heading": "Reparació",
        "technician": "Tècnic", "repair_centre": "Servei tècnic", "due": "Data prevista",
        "quote_heading": "Pressupost de reparació",
        "quote_text": "L'avaria no està coberta per la garantia. El pressupost de reparació és de {{ quote }}, IVA "
                      "inclòs. Només repararem el producte si accepteu aquest pressupost; si no l'accepteu, us el "
                      "tornarem sense reparar.",
        "quote_accept": "☐  Accepto el pressupost", "quote_decline": "☐  No accepto el pressupost",
        "intake_consent": "El client lliura el producte amb els accessoris indicats i confirma que les dades "
                          "d'aquest resguard són correctes. La reparació pot requerir restaurar l'aparell a l'estat "
                          "de fàbrica; no ens fem responsables de la pèrdua de dades, per això us recomanem que en "
                          "conserveu una còpia de seguretat. Presenteu aquest resguard per recollir el producte.",
        "outcome_title": "Resolució de la reclamació en garantia",
        "outcome_intro": "Us informem del resultat de la vostra reclamació en garantia.",
        "diagnosis_heading": "Diagnosi", "resolution_heading": "Resolució", "resolution": "Resolució",
        "repaired": "Hem reparat l'avaria descrita.",
        "repair_cover": "La reparació està garantida fins al {{ warranty.repair_cover_until }}: si la mateixa "
                        "avaria torna a aparèixer, la repararem sense cap cost.",
        "replaced": "Hem substituït el vostre producte per una unitat nova amb número de sèrie "
                    "{{ warranty.replacement_serial }}.",
        "replacement_cover": "El producte nou està cobert per la garantia fins al "
                             "{{ warranty.replacement_cover_until }}.",
        "refunded": "Us reemborsem {{ totals.refund }}. Forma de reemborsament: {{ refund.method }}.",
        "rejected": "Lamentem comunicar-vos que no podem atendre aquesta reclamació en garantia.",
        "rejected_reason": "Motiu", "in_progress": "La vostra reclamació encara està en curs (estat: "
                                                   "{{ case.state }}). Us avisarem tan aviat com estigui resolta.",
        "collect_heading": "Recollida del producte",
        "collect": "Podeu recollir el producte a {{ store.name }} ({{ store.location }}) presentant aquest document "
                   "o el resguard d'entrada, juntament amb el vostre document d'identitat.",
        "outcome_declaration": "El client ha estat informat de la resolució i, si escau, rep el producte conforme.",
    },
    "en": {
        "tax_id": "Tax ID (NIF)", "customer_heading": "Customer", "name": "Name", "customer_number": "Customer no.",
        "address": "Address", "email": "Email", "phone": "Phone",
        "case_heading": "Case", "case_number": "Case no.", "opened": "Opened on", "received_on": "Received on",
        "printed": "Issued on", "agent": "Served by", "state": "Status",
        "page": "Page", "of": "of", "sign_customer": "Customer's signature", "sign_store": "For the store",
        "privacy": "We process your data to handle this request and to meet our legal obligations. You can exercise "
                   "your rights of access, rectification and erasure at any of our stores.",
        "return_title": "Returns receipt",
        "return_intro": "We have received the following items back:",
        "items_heading": "Items returned", "col_item": "Item", "col_sku": "SKU", "col_qty": "Qty",
        "col_serial": "Serial no.", "col_condition": "Condition", "col_fee": "Restocking fee",
        "col_refund": "Refund", "total_value": "Value of the items", "total_fees": "Restocking fees",
        "total_refund": "Total refund", "refund_method": "Refund method",
        "exchange_heading": "Exchange", "exchange_product": "New product", "price_difference": "Price difference",
        "decisions_heading": "Exceptions and authorisations", "col_concept": "Type", "col_amount": "Amount",
        "col_status": "Status",
        "pending_note": "Exceptions pending approval need a manager's authorisation; until then, their amounts will "
                        "not be paid. We will let you know the decision.",
        "return_declaration": "The customer confirms handing in the items listed and agrees with the amount and "
                              "method of the refund.",
        "keep_receipt": "Please keep this receipt: we will ask for it if you have any question about this return. "
                        "Card refunds can take a few days to show on your account, depending on your bank.",
        "intake_title": "Repair intake receipt",
        "intake_intro": "We have received the following product for inspection by our repair service:",
        "product_heading": "Product", "product": "Product", "sku": "SKU", "serial": "Serial no.",
        "fault": "Reported fault", "accessories": "Accessories handed in", "visible_damage": "Visible damage",
        "cause": "Cause", "cover_heading": "Warranty cover", "entitlement": "Verdict", "reasons": "Reasons",
        "cover_until": "Covered until", "repair_heading": "Repair", "technician": "Technician",
        "repair_centre": "Repair centre", "due": "Expected by", "quote_heading": "Repair quote",
        "quote_text": "The fault is not covered by the warranty. The repair quote is {{ quote }}, VAT included. We "
                      "will only repair the product if you accept this quote; if you do not, we will return it to "
                      "you unrepaired.",
        "quote_accept": "☐  I accept the quote", "quote_decline": "☐  I do not accept the quote",
        "intake_consent": "The customer hands in the product with the accessories listed and confirms that the "
                          "details on this receipt are correct. The repair may require a factory reset; we cannot "
                          "be held responsible for any loss of data, so we recommend you keep a backup. Please "
                          "bring this receipt when you collect the product.",
        "outcome_title": "Warranty claim outcome",
        "outcome_intro": "This is the outcome of your warranty claim.",
        "diagnosis_heading": "Diagnosis", "resolution_heading": "Resolution", "resolution": "Resolution",
        "repaired": "We have repaired the fault described.",
        "repair_cover": "The repair is guaranteed until {{ warranty.repair_cover_until }}: if the same fault comes "
                        "back, we will repair it free of charge.",
        "replaced": "We have replaced your product with a new unit, serial number "
                    "{{ warranty.replacement_serial }}.",
        "replacement_cover": "The new product is covered by the warranty until "
                             "{{ warranty.replacement_cover_until }}.",
        "refunded": "We are refunding {{ totals.refund }}. Refund method: {{ refund.method }}.",
        "rejected": "We are sorry to tell you that we cannot accept this claim under the warranty.",
        "rejected_reason": "Reason", "in_progress": "Your claim is still in progress (status: {{ case.state }}). "
                                                    "We will let you know as soon as it is resolved.",
        "collect_heading": "Collecting your product",
        "collect": "You can collect the product from {{ store.name }} ({{ store.location }}) by showing this "
                   "document or your intake receipt, together with photo ID.",
        "outcome_declaration": "The customer has been told the outcome and, where applicable, has received the "
                               "product in good order.",
    },
}  # fmt: skip


# ---------------------------------------------------------------- document, styles, page


def new_document(t: dict[str, str]) -> DocxDocument:
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin = section.right_margin = MARGIN
    section.top_margin, section.bottom_margin = Mm(12), Mm(16)
    section.header_distance, section.footer_distance = Mm(7), Mm(7)
    define_styles(doc)
    footer(doc, t)
    return doc


def define_styles(doc: DocxDocument) -> None:
    normal = doc.styles["Normal"]
    set_font(normal, FONT, 10, INK)
    normal.paragraph_format.space_before, normal.paragraph_format.space_after = Pt(0), Pt(2)
    normal.paragraph_format.line_spacing = 1.08
    add_paragraph_style(doc, "Letter Title", size=17, bold=True, color=ACCENT, before=6, after=1)
    heading = add_paragraph_style(doc, "Letter Heading", size=10.5, bold=True, color=INK, before=9, after=3)
    heading.paragraph_format.keep_with_next = True
    bottom_rule(heading.element.get_or_add_pPr(), str(ACCENT), 6)
    add_paragraph_style(doc, "Letter Small", size=8.5, color=MUTED, before=2, after=2)
    add_paragraph_style(doc, "Letter Cell", size=9.5, color=INK, before=1, after=1)
    add_paragraph_style(doc, "Letter Label", size=8.5, bold=True, color=MUTED, before=1.5, after=1)  # on the baseline
    add_paragraph_style(doc, "Letter Store", size=14, bold=True, color=INK, before=0, after=1)


def set_font(style, name: str, size: float, color: RGBColor) -> None:  # noqa: ANN001 (a python-docx style)
    style.font.name, style.font.size, style.font.color.rgb = name, Pt(size), color
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), name)


def add_paragraph_style(doc: DocxDocument, name: str, *, size: float, color: RGBColor, before: float, after: float,
                        bold: bool = False):  # noqa: ANN201 (a python-docx style)
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style, style.quick_style = doc.styles["Normal"], True
    set_font(style, FONT, size, color)
    style.font.bold = bold
    style.paragraph_format.space_before, style.paragraph_format.space_after = Pt(before), Pt(after)
    return style


def bottom_rule(p_pr, color: str, size: int) -> None:  # noqa: ANN001 (a w:pPr element)
    borders = OxmlElement("w:pBdr")
    edge = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", str(size)), ("w:space", "1"), ("w:color", color)):
        edge.set(qn(key), value)
    borders.append(edge)
    p_pr.insert_element_before(borders, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc",
                               "w:rPr")  # fmt: skip


def footer(doc: DocxDocument, t: dict[str, str]) -> None:
    paragraph = doc.sections[0].footer.paragraphs[0]
    paragraph.style = doc.styles["Letter Small"]
    paragraph.paragraph_format.tab_stops.add_tab_stop(Mm(CONTENT_MM), WD_TAB_ALIGNMENT.RIGHT)
    paragraph.add_run("{{ store.name }} · " + t["tax_id"] + " {{ store.tax_id }} · {{ case.number }}\t")
    paragraph.add_run(t["page"] + " ")
    field(paragraph, "PAGE")
    paragraph.add_run(f" {t['of']} ")
    field(paragraph, "NUMPAGES")


def field(paragraph: Paragraph, instruction: str) -> None:
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), instruction)
    run, text = OxmlElement("w:r"), OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    simple.append(run)
    paragraph._p.append(simple)


# ---------------------------------------------------------------- paragraphs and tables


def para(container, text: str = "", style: str | None = None, *, align: str | None = None,  # noqa: ANN001
         bold: bool = False) -> Paragraph:
    """A paragraph of `container` (the document or a cell) with one run of text."""
    paragraph = container.add_paragraph(style=style)
    if text:
        paragraph.add_run(text).bold = bold or None
    if align:
        paragraph.alignment = {"right": WD_ALIGN_PARAGRAPH.RIGHT, "center": WD_ALIGN_PARAGRAPH.CENTER}[align]
    return paragraph


def tag(container, statement: str) -> None:  # noqa: ANN001
    """A docxtpl paragraph tag (`{%p if x %}`, `{%p endif %}`): the paragraph vanishes when the letter is made."""
    para(container, "{%p " + statement + " %}", "Letter Small")


def first_paragraph(cell: _Cell, text: str = "", style: str = "Letter Cell", *, align: str | None = None,
                    bold: bool = False) -> Paragraph:
    """Writes into the paragraph every new cell already has."""
    paragraph = cell.paragraphs[0]
    paragraph.style = style
    if text:
        paragraph.add_run(text).bold = bold or None
    if align:
        paragraph.alignment = {"right": WD_ALIGN_PARAGRAPH.RIGHT, "center": WD_ALIGN_PARAGRAPH.CENTER}[align]
    return paragraph


def table(doc: DocxDocument, rows: int, widths_mm: Sequence[float]) -> Table:
    grid = doc.add_table(rows=rows, cols=len(widths_mm))
    grid.autofit = False
    grid.alignment = WD_TABLE_ALIGNMENT.LEFT
    for index, width in enumerate(widths_mm):
        grid.columns[index].width = Mm(width)
        for cell in grid.columns[index].cells:
            cell.width = Mm(width)
    return grid


def cell_margins(grid: Table, side_mm: float) -> None:
    """Narrower left and right cell padding than Word's 1.9 mm, for tables with many columns."""
    margins = OxmlElement("w:tblCellMar")
    for edge in ("w:left", "w:right"):
        width = OxmlElement(edge)
        width.set(qn("w:w"), str(round(side_mm / 25.4 * 1440)))
        width.set(qn("w:type"), "dxa")
        margins.append(width)
    grid._tbl.tblPr.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription")


def indent(grid: Table, mm: float) -> None:
    width = OxmlElement("w:tblInd")
    width.set(qn("w:w"), str(round(mm / 25.4 * 1440)))
    width.set(qn("w:type"), "dxa")
    grid._tbl.tblPr.insert_element_before(width, "w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook")


def cell_border(cell: _Cell, edge: str, color: str = RULE, size: int = 4) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = tc_pr.find(qn("w:tcBorders"))
    if borders is None:
        borders = OxmlElement("w:tcBorders")
        tc_pr.insert_element_before(borders, "w:shd", "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText",
                                    "w:vAlign", "w:hideMark")  # fmt: skip
    line = OxmlElement(f"w:{edge}")
    for key, value in (("w:val", "single"), ("w:sz", str(size)), ("w:space", "0"), ("w:color", color)):
        line.set(qn(key), value)
    borders.append(line)


def cell_fill(cell: _Cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    for key, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", fill)):
        shading.set(qn(key), value)
    cell._tc.get_or_add_tcPr().insert_element_before(shading, "w:noWrap", "w:tcMar", "w:textDirection",
                                                      "w:tcFitText", "w:vAlign", "w:hideMark")  # fmt: skip


def row_flags(row, *, header: bool = False) -> None:  # noqa: ANN001 (a python-docx row)
    """Rows never split across pages; a header row repeats on every page."""
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))
    if header:
        tr_pr.append(OxmlElement("w:tblHeader"))


def control_row(grid: Table, index: int, statement: str) -> None:
    """A docxtpl row tag (`{%tr for x in xs %}`): the whole row vanishes when the letter is made."""
    first_paragraph(grid.rows[index].cells[0], "{%tr " + statement + " %}", "Letter Small")


# ---------------------------------------------------------------- blocks shared by the letters


def store_header(doc: DocxDocument, t: dict[str, str]) -> None:
    """The store's identity on the left, the case number as a barcode with the number under it on the right."""
    grid = table(doc, 1, (104, 70))
    left, right = grid.rows[0].cells
    first_paragraph(left, "{{ store.name }}", "Letter Store")
    para(left, "{{ store.address }}", "Letter Cell")
    para(left, "{{ store.city }}", "Letter Cell")
    para(left, t["tax_id"] + ": {{ store.tax_id }}", "Letter Cell")
    first_paragraph(right, "{{ barcode }}", align="center")
    number = para(right, "{{ case.number }}", "Letter Cell", align="center", bold=True)
    number.runs[0].font.size = Pt(11)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP


def title(doc: DocxDocument, text: str, intro: str) -> None:
    para(doc, text, "Letter Title")
    para(doc, intro, "Normal").paragraph_format.space_after = Pt(6)


def info_blocks(doc: DocxDocument, t: dict[str, str], opened_label: str) -> None:
    """Customer details and case details side by side, labels in grey."""
    customer = [("name", "{{ customer.name }}"), ("customer_number", "{{ customer.number }}"),
                ("address", "{{ customer.address }}"), ("email", "{{ customer.email }}"),
                ("phone", "{{ customer.phone }}")]  # fmt: skip
    case = [("case_number", "{{ case.number }}"), (opened_label, "{{ case.opened_at }}"),
            ("printed", "{{ case.printed_at }}"), ("agent", "{{ agent }}"), ("state", "{{ case.state }}")]  # fmt: skip
    grid = table(doc, len(customer) + 1, (27, 57, 6, 27, 57))
    for column, heading in ((0, "customer_heading"), (3, "case_heading")):
        merged = grid.cell(0, column).merge(grid.cell(0, column + 1))
        first_paragraph(merged, t[heading], bold=True)
        cell_border(merged, "bottom", RULE)
    for index, ((left_label, left_value), (right_label, right_value)) in enumerate(zip(customer, case), start=1):
        cells = grid.rows[index].cells
        first_paragraph(cells[0], t[left_label], "Letter Label")
        first_paragraph(cells[1], left_value)
        first_paragraph(cells[3], t[right_label], "Letter Label")
        first_paragraph(cells[4], right_value)


def section(doc: DocxDocument, text: str) -> None:
    para(doc, text, "Letter Heading")


def key_values(doc: DocxDocument, rows: Sequence[tuple[str, str]]) -> None:
    """Label and value pairs, one per row, with a light rule under each."""
    grid = table(doc, len(rows), (44, CONTENT_MM - 44))
    for row, (label, value) in zip(grid.rows, rows):
        row_flags(row)
        first_paragraph(row.cells[0], label, "Letter Label")
        first_paragraph(row.cells[1], value)
        for cell in row.cells:
            cell_border(cell, "bottom", "E0E0E0")


def data_table(doc: DocxDocument, columns: Sequence[tuple[str, float, str | None]], loop: str,
               cells: Sequence[Callable[[_Cell], None]]) -> Table:
    """A header row, then one row per element of a list (docxtpl `{%tr for %}`)."""
    grid = table(doc, 4, [width for _, width, _ in columns])
    cell_margins(grid, 1.3)
    header = grid.rows[0]
    row_flags(header, header=True)
    for cell, (heading, _, align) in zip(header.cells, columns):
        first_paragraph(cell, heading, "Letter Label", align=align)
        cell_fill(cell, HEADER_FILL)
        cell_border(cell, "bottom", "8C8C8C", 6)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
    control_row(grid, 1, loop)
    row_flags(grid.rows[2])
    for cell, write in zip(grid.rows[2].cells, cells):
        write(cell)
        cell_border(cell, "bottom", RULE)
    control_row(grid, 3, "endfor")
    return grid


def text_cell(value: str, align: str | None = None) -> Callable[[_Cell], None]:
    def write(cell: _Cell) -> None:
        first_paragraph(cell, value, align=align)

    return write


def totals(doc: DocxDocument, rows: Sequence[tuple[str, str]]) -> None:
    """Amounts on the right, the last one (what the customer gets) in bold over a rule."""
    grid = table(doc, len(rows), (60, 32))
    cell_margins(grid, 1.3)
    indent(grid, CONTENT_MM - 92)  # on the right, amounts lined up with the items' amounts
    for index, (row, (label, value)) in enumerate(zip(grid.rows, rows)):
        last = index == len(rows) - 1
        first_paragraph(row.cells[0], label, align="right", bold=last)
        first_paragraph(row.cells[1], value, align="right", bold=last)
        if last:
            for cell in row.cells:
                cell_border(cell, "top", "404040", 8)


def signatures(doc: DocxDocument, t: dict[str, str], declaration: str) -> None:
    statement = para(doc, declaration, "Normal").paragraph_format
    statement.space_before, statement.keep_with_next = Pt(8), True
    grid = table(doc, 2, (80, 14, 80))
    row_flags(grid.rows[0])
    row_flags(grid.rows[1])
    grid.rows[0].height = Mm(16)
    for column, (label, name) in ((0, ("sign_customer", "{{ customer.name }}")), (2, ("sign_store", "{{ agent }}"))):
        cell = grid.cell(1, column)
        cell_border(cell, "top", "404040", 6)
        first_paragraph(cell, t[label], "Letter Label")
        para(cell, name, "Letter Cell")
    grid.rows[0].cells[0].paragraphs[0].paragraph_format.keep_with_next = True


def fine_print(doc: DocxDocument, *texts: str) -> None:
    for text in texts:
        para(doc, text, "Letter Small")


# ---------------------------------------------------------------- the three letters


def return_receipt(t: dict[str, str]) -> DocxDocument:
    doc = new_document(t)
    store_header(doc, t)
    title(doc, t["return_title"], t["return_intro"])
    info_blocks(doc, t, "opened")
    section(doc, t["items_heading"])
    data_table(
        doc,
        [(t["col_item"], 33, None), (t["col_sku"], 28, None), (t["col_qty"], 12, "center"),
         (t["col_serial"], 29, None), (t["col_condition"], 22, None), (t["col_fee"], 25, "right"),
         (t["col_refund"], 25, "right")],  # fmt: skip
        "for item in items",
        [item_cell, text_cell("{{ item.sku }}"), text_cell("{{ item.quantity }}", "center"),
         text_cell("{{ item.serial }}"), text_cell("{{ item.condition }}"), text_cell("{{ item.fee }}", "right"),
         text_cell("{{ item.amount }}", "right")],  # fmt: skip
    )
    para(doc, "", "Letter Small")
    totals(doc, [(t["total_value"], "{{ totals.value }}"), (t["total_fees"], "{{ totals.fees }}"),
                 (t["total_refund"], "{{ totals.refund }}")])  # fmt: skip
    method = para(doc, t["refund_method"] + ": ", "Normal", align="right")
    method.add_run("{{ refund.method }}").bold = True
    method.paragraph_format.space_before = Pt(4)
    exchange_block(doc, t)
    decisions_block(doc, t)
    signatures(doc, t, t["return_declaration"])
    fine_print(doc, t["keep_receipt"], t["privacy"])
    return doc


def item_cell(cell: _Cell) -> None:
    """The description, and under it in grey the line's note when there is one."""
    first_paragraph(cell, "{{ item.description }}")
    tag(cell, "if item.note")
    para(cell, "{{ item.note }}", "Letter Small")
    tag(cell, "endif")


def exchange_block(doc: DocxDocument, t: dict[str, str]) -> None:
    tag(doc, "if exchange")
    section(doc, t["exchange_heading"])
    key_values(doc, [(t["exchange_product"], "{{ exchange.product }}"),
                     (t["price_difference"], "{{ exchange.difference }} ({{ exchange.direction }})")])  # fmt: skip
    tag(doc, "endif")


def decisions_block(doc: DocxDocument, t: dict[str, str], *, note: bool = True) -> None:
    tag(doc, "if decisions")
    section(doc, t["decisions_heading"])
    data_table(
        doc,
        [(t["col_concept"], 94, None), (t["col_amount"], 36, "right"), (t["col_status"], 44, None)],
        "for decision in decisions",
        [text_cell("{{ decision.kind }}"), text_cell("{{ decision.amount }}", "right"),
         text_cell("{{ decision.status }}")],  # fmt: skip
    )
    if note:
        tag(doc, "if pending")
        para(doc, t["pending_note"], "Letter Small").paragraph_format.space_before = Pt(4)
        tag(doc, "endif")
    tag(doc, "endif")


def product_block(doc: DocxDocument, t: dict[str, str], *, intake: bool) -> None:
    section(doc, t["product_heading"])
    rows = [(t["product"], "{{ product.description }}"), (t["sku"], "{{ product.sku }}"),
            (t["serial"], "{{ warranty.serial }}"), (t["fault"], "{{ warranty.fault }}")]  # fmt: skip
    if intake:
        rows += [(t["accessories"], "{{ warranty.accessories }}"),
                 (t["visible_damage"], "{{ warranty.visible_damage }}"), (t["cause"], "{{ warranty.cause }}")]
    key_values(doc, rows)


def cover_block(doc: DocxDocument, t: dict[str, str]) -> None:
    section(doc, t["cover_heading"])
    key_values(doc, [(t["entitlement"], "{{ warranty.entitlement }}"), (t["reasons"], "{{ warranty.reasons }}"),
                     (t["cover_until"], "{{ warranty.cover_until }}")])  # fmt: skip


def warranty_intake(t: dict[str, str]) -> DocxDocument:
    doc = new_document(t)
    store_header(doc, t)
    title(doc, t["intake_title"], t["intake_intro"])
    info_blocks(doc, t, "received_on")
    product_block(doc, t, intake=True)
    cover_block(doc, t)
    section(doc, t["repair_heading"])
    key_values(doc, [(t["technician"], "{{ warranty.technician }}"),
                     (t["repair_centre"], "{{ warranty.repair_centre }}"), (t["due"], "{{ warranty.due }}")])
    tag(doc, "if quote")
    section(doc, t["quote_heading"])
    para(doc, t["quote_text"], "Normal")
    choice = para(doc, t["quote_accept"] + "\t" + t["quote_decline"], "Normal")
    choice.paragraph_format.tab_stops.add_tab_stop(Mm(80))
    choice.paragraph_format.space_before = Pt(4)
    tag(doc, "endif")
    decisions_block(doc, t, note=False)  # a free or discounted repair asked for at intake, and its approval
    signatures(doc, t, t["intake_consent"])
    fine_print(doc, t["privacy"])
    return doc


def warranty_outcome(t: dict[str, str]) -> DocxDocument:
    doc = new_document(t)
    store_header(doc, t)
    title(doc, t["outcome_title"], t["outcome_intro"])
    info_blocks(doc, t, "received_on")
    product_block(doc, t, intake=False)
    cover_block(doc, t)
    section(doc, t["diagnosis_heading"])
    para(doc, "{{ warranty.diagnosis }}", "Normal")
    section(doc, t["resolution_heading"])
    resolution = para(doc, t["resolution"] + ": ", "Normal")
    resolution.add_run("{{ warranty.resolution }}").bold = True
    outcome_paragraphs(doc, t)
    tag(doc, "if outcome.collect")
    section(doc, t["collect_heading"])
    para(doc, t["collect"], "Normal")
    tag(doc, "endif")
    signatures(doc, t, t["outcome_declaration"])
    fine_print(doc, t["privacy"])
    return doc


def outcome_paragraphs(doc: DocxDocument, t: dict[str, str]) -> None:
    """One paragraph per way a claim can end; the letter keeps the one that applies."""
    conditional(doc, "outcome.repair", t["repaired"])
    conditional(doc, "warranty.repair_cover_until and outcome.repair", t["repair_cover"])
    conditional(doc, "outcome.replace", t["replaced"])
    conditional(doc, "warranty.replacement_cover_until and outcome.replace", t["replacement_cover"])
    conditional(doc, "outcome.refund", t["refunded"])
    conditional(doc, "outcome.rejected", t["rejected"])
    conditional(doc, "outcome.rejected and end_reason", t["rejected_reason"] + ": {{ end_reason }}")
    conditional(doc, "outcome.in_progress", t["in_progress"])


def conditional(doc: DocxDocument, condition: str, text: str) -> None:
    tag(doc, "if " + condition)
    para(doc, text, "Normal")
    tag(doc, "endif")


def decision_letter(t: dict[str, str]) -> DocxDocument:
    """A letter to the customer: what was granted, what could not be, what is still being reviewed, and why."""
    doc = new_document(t)
    store_header(doc, t)
    para(doc, t["decision_title"], "Letter Title")
    info_blocks(doc, t, "opened")
    para(doc, t["decision_salutation"], "Normal").paragraph_format.space_before = Pt(12)
    intro = para(doc, t["decision_intro"], "Normal").paragraph_format
    intro.space_before, intro.space_after = Pt(6), Pt(8)
    grid = data_table(
        doc,
        [(t["col_concept"], 50, None), (t["col_amount"], 28, "right"), (t["col_answer"], 96, None)],
        "for decision in answers",
        [text_cell("{{ decision.kind }}"), text_cell("{{ decision.amount }}", "right"), answer_cell(t)],
    )
    for cell in grid.columns[2].cells:  # the reply a little apart from the amount it follows
        for paragraph in cell.paragraphs:
            paragraph.paragraph_format.left_indent = Mm(3)
    closing = [("answer.favourable", "close_favourable"), ("answer.unfavourable", "close_unfavourable"),
               ("answer.mixed", "close_mixed"), ("answer.pending", "close_pending")]  # fmt: skip
    para(doc, "", "Letter Small")
    for condition, key in closing:
        conditional(doc, condition, t[key])
    para(doc, t["close_contact"], "Normal").paragraph_format.space_before = Pt(4)
    regards = para(doc, t["regards"], "Normal").paragraph_format
    regards.space_before, regards.keep_with_next = Pt(12), True
    name = para(doc, "{{ agent }}", "Normal", bold=True).paragraph_format
    name.space_before, name.keep_with_next = Pt(18), True
    para(doc, t["customer_service"] + " · {{ store.name }}", "Letter Cell")
    para(doc, "", "Letter Small").paragraph_format.space_before = Pt(10)
    fine_print(doc, t["privacy"])
    return doc


def answer_cell(t: dict[str, str]) -> Callable[[_Cell], None]:
    """The reply to one decision: approved (why, and what happens next), not possible (the approver's reason),
    or still being reviewed; the letter keeps the paragraphs that apply."""

    def write(cell: _Cell) -> None:
        first_paragraph(cell, "{%p if decision.granted %}", "Letter Small")
        para(cell, t["answer_granted"], "Letter Cell", bold=True)
        tag(cell, "if decision.reason")
        para(cell, t["answer_reason"], "Letter Cell")
        tag(cell, "endif")
        tag(cell, "if decision.next")
        para(cell, "{{ decision.next }}", "Letter Cell")
        tag(cell, "endif")
        tag(cell, "endif")
        tag(cell, "if decision.rejected")
        para(cell, t["answer_rejected"], "Letter Cell", bold=True)
        tag(cell, "if decision.decision_reason")
        para(cell, t["answer_rejected_reason"], "Letter Cell")
        tag(cell, "endif")
        tag(cell, "endif")
        tag(cell, "if decision.pending")
        para(cell, t["answer_pending"], "Letter Cell")
        tag(cell, "endif")

    return write


TITLE_KEYS = {"return_receipt": "return_title", "warranty_intake": "intake_title", "warranty_outcome": "outcome_title",
              "decision_letter": "decision_title"}  # fmt: skip
BUILDERS: dict[str, Callable[[dict[str, str]], DocxDocument]] = {
    "return_receipt": return_receipt,
    "warranty_intake": warranty_intake,
    "warranty_outcome": warranty_outcome,
    "decision_letter": decision_letter,
}


def build_all(folder: Path = HERE) -> list[Path]:
    written = []
    for kind in KINDS:
        for language in LANGUAGES:
            texts = {**TEXTS[language], **DECISION_TEXTS[language]}
            doc = BUILDERS[kind](texts)
            doc.core_properties.title = texts[TITLE_KEYS[kind]]
            doc.core_properties.author = "Posventa Desk"
            doc.core_properties.language = language
            path = folder / f"{kind}.{language}.docx"
            doc.save(str(path))
            written.append(path)
    return written


if __name__ == "__main__":
    for written_path in build_all():
        print(written_path.relative_to(HERE.parent.parent))
