"""Vocabulary of the demo data: names, stores, the catalogue and what agents and customers write, and the
small functions that make a customer's name and contact points out of it.

Free text is in Spanish (a few survey comments in Catalan), as the staff and customers of a Spanish retailer
would write it; reason codes are English identifiers.
"""

from __future__ import annotations

import random
from typing import NamedTuple

from desk.enums import Channel, RoleCode, StoreKind
from desk.text import fold

# --- people -----------------------------------------------------------------------------------------

GIVEN_ES_F = [
    "María", "Carmen", "Ana", "Isabel", "Laura", "Cristina", "Marta", "Lucía", "Elena", "Pilar", "Paula",
    "Sara", "Rocío", "Begoña", "Raquel", "Beatriz", "Patricia", "Silvia", "Nuria", "Alba", "Irene", "Sofía",
    "Inmaculada", "Rosario", "Macarena", "Yolanda", "Noelia", "Lorena", "Andrea", "Claudia",
]  # fmt: skip
GIVEN_ES_M = [
    "Antonio", "José", "Manuel", "Francisco", "David", "Juan", "Javier", "Daniel", "Carlos", "Miguel",
    "Alejandro", "Rafael", "Pablo", "Sergio", "Fernando", "Jorge", "Luis", "Alberto", "Álvaro", "Diego",
    "Adrián", "Raúl", "Rubén", "Iván", "Óscar", "Andrés", "Ignacio", "Hugo", "Joaquín", "Ramón",
]  # fmt: skip
GIVEN_CA_F = [
    "Núria", "Montserrat", "Montse", "Laia", "Mireia", "Meritxell", "Anna", "Marta", "Carla", "Júlia",
    "Roser", "Neus", "Mercè", "Gemma", "Aina", "Berta", "Clàudia", "Judit", "Txell", "Queralt",
]  # fmt: skip
GIVEN_CA_M = [
    "Jordi", "Josep", "Joan", "Pau", "Marc", "Oriol", "Pere", "Xavier", "Martí", "Arnau", "Sergi", "Albert",
    "Enric", "Ferran", "Jaume", "Lluís", "Gerard", "Roger", "Quim", "Vicent",
]  # fmt: skip
GIVEN_EU_F = ["Ane", "Maite", "Itziar", "Nerea", "Leire", "Amaia", "Ainhoa", "Miren", "Irati", "Arantxa"]
GIVEN_EU_M = ["Iñaki", "Iker", "Aitor", "Unai", "Gorka", "Mikel", "Xabier", "Asier", "Jon", "Koldo"]

SURNAMES_ES = [
    "García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
    "Martín",
    "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Alonso", "Gutiérrez",
    "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Ramírez", "Serrano", "Blanco", "Molina",
    "Morales", "Suárez", "Ortega", "Delgado", "Castro", "Ortiz", "Rubio", "Marín", "Sanz", "Núñez",
    "Iglesias", "Medina", "Garrido", "Cortés", "Castillo", "Santos", "Lozano", "Guerrero", "Cano", "Prieto",
    "Méndez", "Cruz", "Calvo", "Gallego", "Vidal", "León", "Herrera", "Peña", "Flores", "Cabrera",
]  # fmt: skip
SURNAMES_CA = [
    "Puig", "Ferrer", "Soler", "Martí", "Vila", "Roca", "Serra", "Font", "Pujol", "Vidal", "Casals", "Sala",
    "Riera", "Bosch", "Mas", "Costa", "Camps", "Prat", "Vilalta", "Ribas", "Bonet", "Coll", "Planas", "Rovira",
    "Torrent", "Llobet", "Oliver", "Grau", "Cortada", "Sabaté", "Canals", "Busquets", "Tarragó", "Rius",
    "Batlle", "Montserrat", "Ventura", "Fabregat", "Gironès", "Miró",
]  # fmt: skip
SURNAMES_EU = [
    "Etxeberria", "Goikoetxea", "Agirre", "Zubizarreta", "Arana", "Urrutia", "Larrañaga", "Elizondo", "Otxoa",
    "Aramburu", "Bengoetxea", "Iturbe", "Mendizabal", "Zabala", "Arrieta", "Ibarra",
]  # fmt: skip

# Company names: a trade, a place, a legal form.
COMPANY_TRADES = [
    "Reformas", "Instalaciones", "Distribuciones", "Hostal", "Restaurante", "Clínica Dental", "Gestoría",
    "Construcciones", "Talleres", "Academia", "Transportes", "Inmobiliaria", "Cafetería", "Farmacia",
    "Estudio de Arquitectura", "Autoescuela",
]  # fmt: skip
COMPANY_PLACES = [
    "Llobregat", "Turia", "Ebro", "Guadalquivir", "Nervión", "Montseny", "Mar Blau", "Empordà", "Costa Brava",
    "La Marina", "Castellana", "Retiro", "Triana", "Deusto", "Abando", "Sant Gervasi", "Ruzafa", "Albaicín",
]  # fmt: skip
COMPANY_FORMS = ["S.L.", "S.L.", "S.L.", "S.A.", "S.L.U."]

EMAIL_DOMAINS = ["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "hotmail.es", "yahoo.es", "outlook.es",
                 "telefonica.net", "icloud.com"]  # fmt: skip

# --- places -----------------------------------------------------------------------------------------


class DemoStore(NamedTuple):
    code: str
    name: str
    kind: StoreKind
    city: str | None
    address: str | None
    area_code: str  # landline prefix of the city
    postcode: str  # first digits of the city's postcodes
    weight: int  # share of customers whose home store it is


COMPANY_TAX_ID = "B65432198"  # one company runs every store: its tax id is on every letter (made up)

STORES = [
    DemoStore("BCN1", "Barcelona Diagonal", StoreKind.STORE, "Barcelona", "Av. Diagonal 557, 08029 Barcelona",
              "93", "080", 30),
    DemoStore("GIR1", "Girona Espai Gironès", StoreKind.STORE, "Girona", "Carrer de Barcelona 30, 17002 Girona",
              "972", "170", 8),
    DemoStore("MAD1", "Madrid Castellana", StoreKind.STORE, "Madrid", "Paseo de la Castellana 95, 28046 Madrid",
              "91", "280", 22),
    DemoStore("VLC1", "Valencia Aragón", StoreKind.STORE, "Valencia", "Av. de Aragón 12, 46010 Valencia",
              "96", "460", 12),
    DemoStore("SVQ1", "Sevilla Nervión", StoreKind.STORE, "Sevilla", "Calle Luis de Morales 3, 41018 Sevilla",
              "95", "410", 10),
    DemoStore("BIO1", "Bilbao Zubiarte", StoreKind.STORE, "Bilbao", "Calle Lehendakari Leizaola 2, 48001 Bilbao",
              "94", "480", 9),
    DemoStore("WEB", "Tienda online", StoreKind.WEB_SHOP, None, None, "91", "280", 9),
    DemoStore("CC", "Centro de atención al cliente", StoreKind.CALL_CENTRE, "Madrid",
              "Calle de Alcalá 420, 28027 Madrid", "91", "280", 0),
]  # fmt: skip

STREETS = {
    "Barcelona": ["Carrer de Mallorca", "Carrer d'Aragó", "Carrer de Provença", "Gran Via de les Corts Catalanes",
                  "Carrer de Sants", "Passeig de Sant Joan", "Carrer del Consell de Cent", "Rambla del Poblenou"],
    "Girona": ["Carrer de la Rutlla", "Avinguda de Jaume I", "Carrer de Santa Eugènia", "Carrer del Migdia"],
    "Madrid": ["Calle de Alcalá", "Calle de Bravo Murillo", "Calle de Serrano", "Calle de Arturo Soria",
               "Calle de Embajadores", "Paseo de las Delicias", "Calle de Príncipe de Vergara"],
    "Valencia": ["Carrer de Sueca", "Avinguda del Port", "Calle de Colón", "Avenida de Blasco Ibáñez",
                 "Calle de Cuba"],
    "Sevilla": ["Calle Asunción", "Avenida de la Buhaira", "Calle San Jacinto", "Calle Feria",
                "Avenida de Eduardo Dato"],
    "Bilbao": ["Calle Licenciado Poza", "Gran Vía de Don Diego López de Haro", "Calle Autonomía",
               "Calle Iparraguirre"],
}  # fmt: skip

# --- staff ------------------------------------------------------------------------------------------

FULL_NAMES = {
    "ana": "Ana Soler Ribas",
    "pau": "Pau Ferrer Camps",
    "marc": "Marc Casals Pujol",
    "lucia": "Lucía Herrero Blanco",
    "admin": "Administración",
}

# More staff, so every store has someone at the counter. Same password as the demo logins, not documented.
EXTRA_STAFF = [
    ("montse", "Montse Roca Vila", RoleCode.AGENT, "GIR1"),
    ("carmen", "Carmen Navarro Gil", RoleCode.AGENT, "MAD1"),
    ("sergio", "Sergio Moreno Ortega", RoleCode.STORE_MANAGER, "MAD1"),
    ("vicent", "Vicent Ferrando Grau", RoleCode.AGENT, "VLC1"),
    ("rocio", "Rocío Domínguez Vega", RoleCode.AGENT, "SVQ1"),
    ("iker", "Iker Zubizarreta Arana", RoleCode.AGENT, "BIO1"),
    ("laia", "Laia Costa Serra", RoleCode.AGENT, "CC"),
]

# --- catalogue --------------------------------------------------------------------------------------


class DemoProduct(NamedTuple):
    sku: str
    name: str
    category: str
    brand: str
    price: str  # Decimal text
    return_days: int
    warranty_months: int
    serialised: bool


# Category -> relative weight in orders (big-ticket items sell less often).
CATEGORY_WEIGHTS = {
    "Televisores": 10, "Móviles": 16, "Portátiles": 9, "Tablets": 5, "Auriculares": 12, "Cafeteras": 8,
    "Pequeño electrodoméstico": 12, "Gran electrodoméstico": 7, "Consolas": 5, "Relojes inteligentes": 5,
    "Accesorios": 18,
}  # fmt: skip

P = DemoProduct
PRODUCTS = [
    P("TV-SAM-55Q80C", 'Samsung QLED 55" Q80C', "Televisores", "Samsung", "899.00", 30, 36, True),
    P("TV-LG-65C3", 'LG OLED 65" C3', "Televisores", "LG", "1799.00", 30, 36, True),
    P("TV-SONY-50X75WL", 'Sony Bravia 50" X75WL', "Televisores", "Sony", "649.00", 30, 36, True),
    P("TV-TCL-43P635", 'TCL 43" 4K P635', "Televisores", "TCL", "299.00", 30, 36, True),
    P("TV-HIS-32A4K", 'Hisense 32" A4K', "Televisores", "Hisense", "189.00", 30, 36, True),
    P("MOV-APL-IP15-128", "Apple iPhone 15 128 GB", "Móviles", "Apple", "959.00", 15, 36, True),
    P("MOV-SAM-S24-256", "Samsung Galaxy S24 256 GB", "Móviles", "Samsung", "909.00", 15, 36, True),
    P("MOV-SAM-A55-128", "Samsung Galaxy A55 128 GB", "Móviles", "Samsung", "449.00", 15, 36, True),
    P("MOV-XIA-RN13PRO", "Xiaomi Redmi Note 13 Pro", "Móviles", "Xiaomi", "349.00", 15, 36, True),
    P("MOV-GOO-PIX8A", "Google Pixel 8a", "Móviles", "Google", "549.00", 15, 36, True),
    P("MOV-MOT-G84", "Motorola moto g84", "Móviles", "Motorola", "279.00", 15, 36, True),
    P("POR-APL-MBA13-M2", 'Apple MacBook Air 13" M2', "Portátiles", "Apple", "1199.00", 15, 36, True),
    P("POR-LEN-SLIM5-14", 'Lenovo IdeaPad Slim 5 14"', "Portátiles", "Lenovo", "749.00", 15, 36, True),
    P("POR-HP-PAV15", "HP Pavilion 15", "Portátiles", "HP", "649.00", 15, 36, True),
    P("POR-ASU-ROGG16", "ASUS ROG Strix G16", "Portátiles", "ASUS", "1499.00", 15, 36, True),
    P("POR-ACE-ASP3", "Acer Aspire 3", "Portátiles", "Acer", "449.00", 15, 36, True),
    P("TAB-APL-IPAD10", 'Apple iPad 10,9" 64 GB', "Tablets", "Apple", "429.00", 15, 36, True),
    P("TAB-SAM-S9FE", "Samsung Galaxy Tab S9 FE", "Tablets", "Samsung", "449.00", 15, 36, True),
    P("AUR-SON-WH1000XM5", "Sony WH-1000XM5", "Auriculares", "Sony", "379.00", 15, 24, True),
    P("AUR-APL-AIRPODSPRO2", "Apple AirPods Pro (2.ª generación)", "Auriculares", "Apple", "279.00", 15, 24, True),
    P("AUR-BOS-QCULTRA", "Bose QuietComfort Ultra", "Auriculares", "Bose", "449.00", 15, 24, True),
    P("AUR-SAM-BUDS2PRO", "Samsung Galaxy Buds2 Pro", "Auriculares", "Samsung", "179.00", 15, 24, True),
    P("AUR-JBL-TUNE520", "JBL Tune 520BT", "Auriculares", "JBL", "49.99", 15, 24, False),
    P("CAF-DEL-MAGNIFICA", "De'Longhi Magnifica S ECAM22.110", "Cafeteras", "De'Longhi", "399.00", 30, 24, True),
    P("CAF-KRU-EVIDENCE", "Krups Evidence EA8950", "Cafeteras", "Krups", "699.00", 30, 24, True),
    P("CAF-PHI-LATTEGO", "Philips Serie 2200 LatteGo", "Cafeteras", "Philips", "449.00", 30, 24, True),
    P("CAF-NES-VERTUOPOP", "Nespresso Vertuo Pop", "Cafeteras", "Nespresso", "99.00", 30, 24, False),
    P("CAF-CEC-POWER20", "Cecotec Power Espresso 20", "Cafeteras", "Cecotec", "109.00", 30, 24, False),
    P("PEQ-COS-AIRFRY55", "Cosori freidora de aire 5,5 L", "Pequeño electrodoméstico", "Cosori", "119.00", 30, 24,
      False),
    P("PEQ-IRO-ROOMBAI5", "iRobot Roomba Combo i5", "Pequeño electrodoméstico", "iRobot", "399.00", 30, 24, True),
    P("PEQ-DYS-V15", "Dyson V15 Detect", "Pequeño electrodoméstico", "Dyson", "699.00", 30, 24, True),
    P("PEQ-PHI-PERFECTCARE", "Philips PerfectCare centro de planchado", "Pequeño electrodoméstico", "Philips",
      "229.00", 30, 24, False),
    P("PEQ-BRA-MQ7", "Braun MultiQuick 7 batidora de mano", "Pequeño electrodoméstico", "Braun", "89.99", 30, 24,
      False),
    P("GRA-BOS-WGG2440", "Bosch lavadora Serie 6 9 kg", "Gran electrodoméstico", "Bosch", "649.00", 14, 36, True),
    P("GRA-BAL-3KFE563", "Balay frigorífico combi 3KFE563WI", "Gran electrodoméstico", "Balay", "699.00", 14, 36,
      True),
    P("GRA-LG-F4DV", "LG lavasecadora 11/6 kg", "Gran electrodoméstico", "LG", "899.00", 14, 36, True),
    P("GRA-SAM-RS68", "Samsung frigorífico americano RS68", "Gran electrodoméstico", "Samsung", "1299.00", 14, 36,
      True),
    P("GRA-TEK-DFS", "Teka lavavajillas 60 cm", "Gran electrodoméstico", "Teka", "449.00", 14, 36, True),
    P("GRA-SIE-HB578", "Siemens horno iQ500", "Gran electrodoméstico", "Siemens", "599.00", 14, 36, True),
    P("CON-SON-PS5SLIM", "Sony PlayStation 5 Slim", "Consolas", "Sony", "549.00", 15, 36, True),
    P("CON-NIN-SWOLED", "Nintendo Switch OLED", "Consolas", "Nintendo", "349.00", 15, 36, True),
    P("CON-MIC-XSS", "Xbox Series S 512 GB", "Consolas", "Microsoft", "299.00", 15, 36, True),
    P("REL-APL-WATCHSE", "Apple Watch SE 40 mm", "Relojes inteligentes", "Apple", "279.00", 15, 24, True),
    P("REL-GAR-FR265", "Garmin Forerunner 265", "Relojes inteligentes", "Garmin", "449.00", 15, 24, True),
    P("REL-XIA-BAND8", "Xiaomi Smart Band 8", "Relojes inteligentes", "Xiaomi", "39.99", 15, 24, False),
    P("ACC-ANK-USBC30W", "Anker cargador USB-C 30 W", "Accesorios", "Anker", "29.99", 30, 24, False),
    P("ACC-APL-FUNDA15", "Funda de silicona iPhone 15", "Accesorios", "Apple", "59.00", 30, 24, False),
    P("ACC-VIV-HDMI21", "Cable HDMI 2.1 2 m", "Accesorios", "Vivanco", "19.99", 30, 24, False),
    P("ACC-LOG-MXM3S", "Logitech MX Master 3S", "Accesorios", "Logitech", "109.99", 30, 24, False),
    P("ACC-MEL-SOPTV", "Soporte de pared para TV 32-65\"", "Accesorios", "Meliconi", "39.99", 30, 24, False),
    P("ACC-SAM-T7-1TB", "Samsung SSD externo T7 1 TB", "Accesorios", "Samsung", "119.00", 30, 24, False),
    P("ACC-PAN-CRISTAL", "Protector de pantalla de cristal templado", "Accesorios", "PanzerGlass", "19.99", 30, 24,
      False),
]  # fmt: skip
del P

# --- what agents type -------------------------------------------------------------------------------


class Topic(NamedTuple):
    """A reason for a contact, with its channels (weighted), what the agent wrote and how it ended."""

    reason: str
    channels: dict[Channel, int]
    summaries: list[str]
    outcomes: list[str]
    outbound: float = 0.0  # share of these contacts the desk started


# Contacts about an order ({order} is its number, {product} the first item).
ORDER_TOPICS = [
    Topic("Estado del pedido", {Channel.PHONE: 5, Channel.CHAT: 4, Channel.EMAIL: 2, Channel.SOCIAL: 1},
          ["Pregunta cuándo llega el pedido {order}. Consultado con el transportista: en reparto.",
           "El pedido {order} figura entregado pero dice no haberlo recibido; se abre consulta con la agencia.",
           "Quiere cambiar la franja de entrega del pedido {order}."],
          ["Informado del plazo", "Consulta abierta con el transportista", "Franja cambiada"]),
    Topic("Factura", {Channel.EMAIL: 5, Channel.PHONE: 2, Channel.WEB: 2},
          ["Solicita factura a nombre de empresa del pedido {order}.",
           "Pide duplicado de la factura de {product}.",
           "Necesita la factura con el NIF corregido."],
          ["Factura enviada por correo", "Factura rectificativa emitida"]),
    Topic("Instalación y entrega", {Channel.PHONE: 6, Channel.EMAIL: 1},
          ["Llamada para concertar la entrega e instalación de {product}.",
           "Confirma cita de instalación de {product}; pide retirada del aparato viejo.",
           "Reprogramamos la instalación: el cliente no estará en casa el día previsto."],
          ["Cita confirmada", "Cita reprogramada", "Retirada del aparato viejo incluida"], outbound=0.6),
    Topic("Uso del producto", {Channel.STORE: 4, Channel.PHONE: 3, Channel.CHAT: 3},
          ["No consigue emparejar {product} con su móvil; se le guía paso a paso.",
           "Duda sobre la configuración inicial de {product}.",
           "Pregunta cómo actualizar el software de {product}."],
          ["Resuelto en el contacto", "Enviado manual por correo", "Resuelto en el contacto"]),
]  # fmt: skip

# Contacts not tied to one order.
GENERAL_TOPICS = [
    Topic("Información de producto", {Channel.STORE: 5, Channel.CHAT: 3, Channel.PHONE: 2, Channel.SOCIAL: 1},
          ["Compara dos modelos de televisor; se le recomienda OLED por el uso nocturno.",
           "Pregunta por disponibilidad de un portátil para estudiantes en su tienda.",
           "Quiere saber si la cafetera admite leche vegetal.",
           "Consulta si hay financiación sin intereses para un frigorífico."],
          ["Informado", "Reserva en tienda", "Enviado enlace al producto"]),
    Topic("Datos personales", {Channel.EMAIL: 3, Channel.WEB: 3, Channel.STORE: 1},
          ["Cambio de dirección de entrega.", "Actualiza el teléfono de contacto.",
           "Pide darse de baja de las comunicaciones comerciales.",
           "Solicita copia de sus datos personales (RGPD)."],
          ["Datos actualizados", "Baja tramitada", "Solicitud RGPD registrada"]),
    Topic("Programa de fidelización", {Channel.PHONE: 2, Channel.EMAIL: 2, Channel.STORE: 2},
          ["Pregunta por sus puntos acumulados y cómo canjearlos.",
           "No ve aplicado el descuento de cliente en su última compra."],
          ["Informado", "Descuento aplicado"]),
    Topic("Queja", {Channel.SOCIAL: 3, Channel.EMAIL: 2, Channel.PHONE: 2},
          ["Se queja en redes de la espera en caja de la tienda.",
           "Queja por el trato recibido en una llamada anterior.",
           "Mensaje público sobre un envío que tardó más de lo prometido; pasamos a privado."],
          ["Disculpas y seguimiento", "Pasado a privado y resuelto", "Escalado al responsable"]),
    Topic("Oferta comercial", {Channel.PHONE: 1, Channel.EMAIL: 2},
          ["Llamada para ofrecer la ampliación de garantía de su compra reciente.",
           "Correo con invitación a la preventa de clientes."],
          ["No interesado", "Acepta la ampliación", "Sin respuesta"], outbound=1.0),
]  # fmt: skip

# Why an item comes back (return case lines) and the faults of warranty claims, per category.
RETURN_REASONS = [
    "No cumple sus expectativas", "No es compatible con su equipo", "Llegó dañado en el transporte",
    "Producto equivocado en el envío", "Regalo duplicado", "Defectuoso de origen", "Encontró un modelo más adecuado",
]  # fmt: skip
FAULTS = {
    "Televisores": ["No enciende, el led rojo parpadea", "Líneas verticales en la pantalla",
                    "Sin sonido por HDMI ARC", "Se reinicia solo cada pocos minutos"],
    "Móviles": ["La batería se descarga en pocas horas", "La pantalla táctil no responde en la parte inferior",
                "No carga por el conector USB-C", "La cámara trasera no enfoca"],
    "Portátiles": ["Varias teclas no responden", "Se apaga al calentarse", "La bisagra izquierda está rota",
                   "No detecta la batería"],
    "Tablets": ["La pantalla parpadea", "No carga", "El wifi se desconecta constantemente"],
    "Auriculares": ["El auricular izquierdo no suena", "La cancelación de ruido emite un pitido",
                    "No mantiene la conexión Bluetooth"],
    "Cafeteras": ["Pierde agua por la base", "No calienta el agua", "El molinillo hace ruido y no muele"],
    "Pequeño electrodoméstico": ["No enciende", "Se para a los pocos minutos", "Hace un ruido anormal",
                                 "El cable de alimentación se calienta"],
    "Gran electrodoméstico": ["Se detiene y muestra un código de error", "Hace un ruido anormal", "No enciende",
                              "La puerta no cierra bien", "El panel de mandos no responde"],
    "Consolas": ["Se cuelga al cargar los juegos", "Se apaga con los juegos exigentes", "El mando se desconecta"],
    "Relojes inteligentes": ["No sincroniza con el móvil", "La batería no dura un día", "No mide el pulso"],
    "Accesorios": ["Dejó de funcionar", "Falla de forma intermitente", "Defecto de fabricación visible"],
}  # fmt: skip
NOT_COVERED = ["Daño por líquido", "Pantalla rota por caída", "Manipulado por un servicio técnico no oficial"]
DIAGNOSES = [
    "Confirmado el fallo; se sustituye la placa principal.", "Fallo de batería confirmado.",
    "Componente defectuoso de fábrica; se repara.",
    "Sin fallo reproducible tras 48 h de pruebas; se actualiza el firmware.",
]  # fmt: skip
REPAIR_CENTRES = ["SAT oficial Samsung Iberia", "Servicio técnico Bosch-Siemens", "Apple Service Madrid",
                  "Taller propio Barcelona", "Servicio técnico LG", "Reparaciones Tecnoservei"]  # fmt: skip

# Goodwill: why we made a gesture (reason code, what the agent wrote).
GOODWILL_REASONS = [
    ("late_delivery", "Entrega con {days} días de retraso sobre la fecha prometida"),
    ("missed_installation", "El técnico no se presentó a la cita de instalación"),
    ("repeat_repair", "Segunda reparación del mismo equipo en pocos meses"),
    ("price_drop", "Bajada de precio de {product} pocos días después de la compra"),
    ("damaged_packaging", "Caja dañada en la entrega; el producto funciona"),
    ("poor_service", "Mala experiencia en la atención recibida"),
]  # fmt: skip

SURVEY_COMMENTS = {
    "good": ["Muy rápidos y amables.", "Me lo solucionaron en la misma tienda, perfecto.",
             "Atenció molt bona, gràcies!", "Todo correcto, sin complicaciones.", "Molt ràpid i fàcil."],
    "neutral": ["Bien, aunque tardaron un poco.", "Correcto, pero tuve que llamar dos veces.",
                "Ha anat bé, però l'espera ha estat llarga."],
    "bad": ["Nadie me explicó por qué lo rechazan.", "Demasiadas llamadas para algo tan sencillo.",
            "No volveré a comprar aquí.", "Molt decebut amb el servei."],
}  # fmt: skip


# --- people made of the vocabulary ------------------------------------------------------------------


def person_name(rng: random.Random, home: str | None) -> tuple[str, str]:
    region = home or rng.choices(["BCN1", "MAD1", "VLC1", "SVQ1", "BIO1"], [30, 30, 15, 15, 10])[0]
    catalan = rng.random() < {"BCN1": 0.6, "GIR1": 0.75, "VLC1": 0.3}.get(region, 0.03)
    basque = region == "BIO1" and rng.random() < 0.4
    female = rng.random() < 0.5
    if catalan:
        given = rng.choice(GIVEN_CA_F if female else GIVEN_CA_M) if rng.random() < 0.7 else \
            rng.choice(GIVEN_ES_F if female else GIVEN_ES_M)  # fmt: skip
        surnames = [rng.choice(SURNAMES_CA if rng.random() < 0.7 else SURNAMES_ES) for _ in range(2)]
    elif basque:
        given = rng.choice(GIVEN_EU_F if female else GIVEN_EU_M)
        surnames = [rng.choice(SURNAMES_EU if rng.random() < 0.6 else SURNAMES_ES) for _ in range(2)]
    else:
        given = rng.choice(GIVEN_ES_F if female else GIVEN_ES_M)
        surnames = [rng.choice(SURNAMES_ES) for _ in range(2)]
    if rng.random() < (0.15 if catalan else 0.06):
        full = f"{given} {surnames[0]}"  # registered with one surname only
    elif catalan and rng.random() < 0.2:
        full = f"{given} {surnames[0]} i {surnames[1]}"
    else:
        full = f"{given} {surnames[0]} {surnames[1]}"
    language = "ca" if catalan and rng.random() < 0.7 else "es"
    return full, language


def company_name(rng: random.Random) -> tuple[str, str]:
    trade, place = rng.choice(COMPANY_TRADES), rng.choice(COMPANY_PLACES)
    return f"{trade} {place} {rng.choice(COMPANY_FORMS)}", "es"


def slug(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())


def emails(rng: random.Random, full_name: str, is_company: bool) -> list[str]:
    if is_company:
        words = [w for w in full_name.split() if w not in ("S.L.", "S.A.", "S.L.U.")]
        domain = slug("".join(words[-2:])) + rng.choice([".es", ".com", ".cat"])
        return [f"{rng.choice(['info', 'administracion', 'compras'])}@{domain}"]
    if rng.random() < 0.12:
        return []
    parts = [w for w in full_name.split() if w != "i"]
    given, surname = slug(parts[0]), slug(parts[1])
    local = rng.choice([f"{given}.{surname}", f"{given}{surname}", f"{given[0]}{surname}", f"{given}_{surname}"])
    if rng.random() < 0.6:
        local += str(rng.randint(1, 99))
    email = f"{local}@{rng.choice(EMAIL_DOMAINS)}"
    return [email.upper() if rng.random() < 0.03 else email]  # typed in capitals now and then


def phones(rng: random.Random, home: str | None, is_company: bool) -> list[str]:
    phones = []
    if not is_company and rng.random() < 0.92:
        digits = rng.choice("667") + "".join(str(rng.randint(0, 9)) for _ in range(8))
        phones.append(rng.choice([
            f"{digits[:3]} {digits[3:5]} {digits[5:7]} {digits[7:]}", digits,
            f"+34 {digits[:3]} {digits[3:6]} {digits[6:]}", f"0034{digits}", f"{digits[:3]}-{digits[3:6]}-{digits[6:]}",
        ]))  # fmt: skip
    if is_company or rng.random() < 0.15:
        store = next(s for s in STORES if s.code == (home or "MAD1"))
        rest = "".join(str(rng.randint(0, 9)) for _ in range(9 - len(store.area_code)))
        number = store.area_code + rest
        phones.append(f"{number[:2]} {number[2:5]} {number[5:7]} {number[7:]}")
    return phones


def address(rng: random.Random, home: str | None) -> str:
    code = home or rng.choice(["BCN1", "MAD1", "VLC1", "SVQ1"])  # web-only customers live anywhere
    store = next(s for s in STORES if s.code == code)
    assert store.city is not None
    street = rng.choice(STREETS[store.city])
    door = rng.choice(["1.ª", "2.ª", "A", "B", "izda.", "dcha."])
    floor = f", {rng.randint(1, 8)}.º {door}" if rng.random() < 0.8 else ""
    return f"{street} {rng.randint(1, 320)}{floor}, {store.postcode}{rng.randint(1, 42):02d} {store.city}"


def serial_number(rng: random.Random, brand: str) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return slug(brand)[:2].upper() + "".join(rng.choice(alphabet) for _ in range(10))
