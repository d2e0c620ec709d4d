<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../desk/approvals.py" line="+154"/>
        <source>Nobody can approve their own request, whatever their role.</source>
        <translation>Nadie puede aprobar su propia solicitud, sea cual sea su rol.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This request needs {role} of the requester&apos;s store whose limit covers it.</source>
        <translation>Esta solicitud necesita {role} de la tienda del solicitante cuyo límite la cubra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request needs {role} whose limit covers it.</source>
        <translation>Esta solicitud necesita {role} cuyo límite la cubra.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+32"/>
        <location line="+33"/>
        <source>This approval request does not exist (any more).</source>
        <translation>Esta solicitud de aprobación no existe (o ya no existe).</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+33"/>
        <location filename="../../desk/case_workflow.py" line="+70"/>
        <location filename="../../desk/cases.py" line="+233"/>
        <location line="+120"/>
        <location filename="../../desk/goodwill.py" line="+86"/>
        <location filename="../../desk/interactions.py" line="+70"/>
        <location filename="../../desk/returns.py" line="+318"/>
        <location filename="../../desk/warranty.py" line="+127"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>approved by {name} for {colleague}</source>
        <translation>solicitud aprobada por {name} en nombre de {colleague}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved by {name}</source>
        <translation>solicitud aprobada por {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected by {name} for {colleague}</source>
        <translation>solicitud rechazada por {name} en nombre de {colleague}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected by {name}</source>
        <translation>solicitud rechazada por {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only the person who asked can withdraw a request.</source>
        <translation>Solo quien hizo la solicitud puede retirarla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>withdrawn by the requester</source>
        <translation>solicitud retirada por quien la pidió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn by the requester.</source>
        <translation>Retirado por el solicitante.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nobody decided in time.</source>
        <translation>Nadie decidió a tiempo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expired: nobody decided in time</source>
        <translation>solicitud caducada: nadie decidió a tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired: nobody decided in time.</source>
        <translation>Caducado: nadie decidió a tiempo.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>moved up to {role}: nobody decided in time</source>
        <translation>solicitud pasada a {role}: nadie decidió a tiempo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only those who approve requests can delegate approving them.</source>
        <translation>Solo quien aprueba solicitudes puede delegar su aprobación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The delegation cannot end before it starts.</source>
        <translation>La delegación no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The delegation would be over already.</source>
        <translation>La delegación ya habría terminado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A delegation lasts at most {most} days; make another one after it.</source>
        <translation>Una delegación dura como máximo {most} días; crea otra a continuación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no active colleague called {name}.</source>
        <translation>No hay ningún compañero activo llamado {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delegate to a colleague, not to yourself.</source>
        <translation>Delega en un compañero, no en ti.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>You have no such delegation.</source>
        <translation>No tienes esa delegación.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This request was already {state} by {name}. Nothing was changed.</source>
        <translation>Esta solicitud ya estaba en estado «{state}» por {name}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This request was already {state}. Nothing was changed.</source>
        <translation>Esta solicitud ya estaba en estado «{state}». No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Someone else decided this request a moment ago. Nothing was changed.</source>
        <translation>Otra persona ha decidido esta solicitud hace un momento. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not approved.</source>
        <translation>No aprobado.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{decision} {amount:.2f} {currency} {what}</source>
        <translation>{decision} {amount:.2f} {currency}: {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{decision} {amount:.2f} {currency} {what} on {case}</source>
        <translation>{decision} {amount:.2f} {currency} en {case}: {what}</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../../desk/policy.py" line="+101"/>
        <source>Role {role} does not exist yet; run `desk-admin upgrade` and create a user first.</source>
        <translation>El rol {role} aún no existe; ejecuta `desk-admin upgrade` y crea antes un usuario.</translation>
    </message>
    <message>
        <location filename="../../desk/audit_chain.py" line="+95"/>
        <source>Audit chain intact: {entries} entries; the last one&apos;s hash is {head}.</source>
        <translation>Cadena de auditoría intacta: {entries} entradas; el hash de la última es {head}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit chain BROKEN at position {position} (audit entry id {entry}): {problem}. Every entry from there on is unverified; {entries} entries were checked before it.</source>
        <translation>Cadena de auditoría ROTA en la posición {position} (entrada de auditoría id {entry}): {problem}. Ninguna entrada desde ahí está verificada; antes se comprobaron {entries} entradas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>this entry has no place in the chain (it was added with the chain switched off)</source>
        <translation>esta entrada no tiene lugar en la cadena (se añadió con la cadena desactivada)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>position {position} is missing (the next entry found is at {found}): an entry was removed</source>
        <translation>falta la posición {position} (la siguiente entrada encontrada está en {found}): se eliminó una entrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it does not link to the entry before it</source>
        <translation>no enlaza con la entrada anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its content was changed after it was written</source>
        <translation>su contenido se cambió después de escribirse</translation>
    </message>
    <message>
        <location filename="../../desk/auth.py" line="+23"/>
        <location filename="../../desk/staff.py" line="+126"/>
        <source>Unknown user or wrong password.</source>
        <translation>Usuario desconocido o contraseña incorrecta.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Type your password to unlock.</source>
        <translation>Escribe tu contraseña para desbloquear.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The database cannot be reached right now. Try again in a moment.</source>
        <translation>Ahora mismo no se puede acceder a la base de datos. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <location filename="../../desk/barcodes.py" line="+30"/>
        <source>&apos;{text}&apos; cannot be printed as a barcode: use letters, digits and dashes only.</source>
        <translation>«{text}» no se puede imprimir como código de barras: usa solo letras, cifras y guiones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{text}&apos; cannot be printed as a barcode ({error}).</source>
        <translation>«{text}» no se puede imprimir como código de barras ({error}).</translation>
    </message>
    <message>
        <location filename="../../desk/budgets.py" line="+52"/>
        <source>&apos;{text}&apos; is not a month: write it as 2026-11.</source>
        <translation>«{text}» no es un mes: escríbelo como 2026-11.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A budget month lies between {earliest:%m/%Y} and {latest:%m/%Y}.</source>
        <translation>Un mes de presupuesto debe estar entre {earliest:%m/%Y} y {latest:%m/%Y}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only an administrator sets goodwill budgets.</source>
        <translation>Solo un administrador fija los presupuestos de gestos comerciales.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../desk/text.py" line="+85"/>
        <source>{field} is empty; please fill it in.</source>
        <translation>«{field}» está vacío; rellénalo, por favor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desk/kpis.py" line="+403"/>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desk/goodwill.py" line="+2"/>
        <location filename="../../desk/policy.py" line="-7"/>
        <source>&apos;{code}&apos; is not a currency code such as EUR.</source>
        <translation>«{code}» no es un código de moneda como EUR.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no store with the code &apos;{code}&apos;.</source>
        <translation>No hay ninguna tienda con el código «{code}».</translation>
    </message>
    <message>
        <location filename="../../desk/case_letters.py" line="+48"/>
        <source>Return receipt</source>
        <translation>Justificante de devolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty intake form</source>
        <translation>Hoja de recepción de garantía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty outcome letter</source>
        <translation>Carta de resolución de garantía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision letter</source>
        <translation>Carta de decisión</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../../desk/case_view.py" line="+154"/>
        <location filename="../../desk/case_workflow.py" line="-25"/>
        <location filename="../../desk/documents.py" line="+80"/>
        <location filename="../../desk/surveys.py" line="+143"/>
        <source>This case does not exist (any more).</source>
        <translation>Este caso no existe (o ya no existe).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{case} has no return receipt to print yet.</source>
        <translation>{case} aún no tiene justificante de devolución que imprimir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{case} has no warranty intake form to print yet.</source>
        <translation>{case} aún no tiene hoja de recepción de garantía que imprimir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{case} has no warranty outcome letter to print yet.</source>
        <translation>{case} aún no tiene carta de resolución de garantía que imprimir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{case} has no decision letter to print yet.</source>
        <translation>{case} aún no tiene carta de decisión que imprimir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{case} has no {letter} to print yet.</source>
        <translation>{case} aún no tiene {letter} que imprimir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Return receipt for {case} printed</source>
        <translation>Justificante de devolución de {case} impreso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty intake form for {case} printed</source>
        <translation>Hoja de recepción de garantía de {case} impresa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty outcome letter for {case} printed</source>
        <translation>Carta de resolución de garantía de {case} impresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision letter for {case} printed</source>
        <translation>Carta de decisión de {case} impresa</translation>
    </message>
    <message>
        <location filename="../../desk/case_workflow.py" line="-16"/>
        <source>Refund the return (it checks its decisions first).</source>
        <translation>Reembolsa la devolución (primero se comprueban sus decisiones).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete the exchange (it checks its decisions first).</source>
        <translation>Completa el cambio (primero se comprueban sus decisiones).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the repair with its diagnosis.</source>
        <translation>Registra la reparación con su diagnóstico.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the replacement with the new serial number.</source>
        <translation>Registra la sustitución con el nuevo número de serie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the refund with its amount.</source>
        <translation>Registra el reembolso con su importe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the claim with its reason (not covered).</source>
        <translation>Rechaza la reclamación con su motivo (no cubierta).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand the item back to the customer.</source>
        <translation>Devuelve el artículo al cliente.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Case {case} was changed by someone else a moment ago (it is now {state}). Reload it to see their change, then try again.</source>
        <translation>Otra persona acaba de modificar el caso {case} (ahora está en estado {state}). Vuelve a cargarlo para ver su cambio y después inténtalo de nuevo.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Return {case}: {state}</source>
        <translation>Devolución {case}: {state}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty claim {case}: {state}</source>
        <translation>Reclamación de garantía {case}: {state}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill {case}: {state}</source>
        <translation>Gesto comercial {case}: {state}</translation>
    </message>
    <message>
        <location filename="../../desk/cases.py" line="-310"/>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../desk/decisions.py" line="+30"/>
        <source>Goodwill voucher</source>
        <translation>Vale de cortesía</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desk/decisions.py" line="+1"/>
        <source>Goodwill refund</source>
        <translation>Reembolso de cortesía</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free repair</source>
        <translation>Reparación gratuita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee waiver</source>
        <translation>Exención de cargo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return outside window</source>
        <translation>Devolución fuera de plazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desk/decisions.py" line="+4"/>
        <source>Price adjustment</source>
        <translation>Ajuste de precio</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>A finished case has a closing time; an open one has none.</source>
        <translation>Un caso terminado tiene hora de cierre; uno abierto no la tiene.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The opening time</source>
        <translation>La hora de apertura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The closing time</source>
        <translation>La hora de cierre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A case cannot be closed before it was opened.</source>
        <translation>Un caso no se puede cerrar antes de abrirse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a warranty claim has warranty details.</source>
        <translation>Solo una reclamación de garantía tiene datos de garantía.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every case line needs a quantity of at least 1.</source>
        <translation>Cada línea del caso necesita una cantidad de al menos 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An amount cannot be negative.</source>
        <translation>Un importe no puede ser negativo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../desk/interactions.py" line="+1"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>A decision&apos;s amount must be zero or more (a Decimal).</source>
        <translation>El importe de una decisión debe ser cero o más (un Decimal).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The decision time</source>
        <translation>La hora de la decisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A decision cannot precede its case.</source>
        <translation>Una decisión no puede ser anterior a su caso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A granted or rejected decision has a decision time; a pending or withdrawn one has none.</source>
        <translation>Una decisión concedida o rechazada tiene hora de decisión; una pendiente o retirada no la tiene.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time it was decided</source>
        <translation>La hora en que se decidió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A decision cannot be decided before it was requested.</source>
        <translation>Una decisión no se puede decidir antes de solicitarse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This case has no customer to grant anything to.</source>
        <translation>Este caso no tiene ningún cliente al que conceder nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reason code</source>
        <translation>Código de motivo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{kind} {amount:.2f} {currency} {status} on {case}</source>
        <translation>{kind} {amount:.2f} {currency} en {case}: {status}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Effort score</source>
        <translation>Puntuación de esfuerzo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} must be between {low} and {high}.</source>
        <translation>{name} debe estar entre {low} y {high}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A survey needs at least one score.</source>
        <translation>Una encuesta necesita al menos una puntuación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer time</source>
        <translation>La hora de la respuesta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The survey&apos;s case does not exist.</source>
        <translation>El caso de la encuesta no existe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSAT {score}/5</source>
        <translation>CSAT {score}/5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>effort {score}/7</source>
        <translation>esfuerzo {score}/7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS {score}</source>
        <translation>NPS {score}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desk/rules/states.py" line="+115"/>
        <source>{item}, {more}</source>
        <translation>{item}, {more}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey on {case}: {scores}</source>
        <translation>Encuesta sobre {case}: {scores}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey: {scores}</source>
        <translation>Encuesta: {scores}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{what} has no time zone.</source>
        <translation>{what} no tiene zona horaria.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} is in the future.</source>
        <translation>{what} está en el futuro.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Return {case} opened: {summary}</source>
        <translation>Devolución {case} abierta: {summary}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty claim {case} opened: {summary}</source>
        <translation>Reclamación de garantía {case} abierta: {summary}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill {case} opened: {summary}</source>
        <translation>Gesto comercial {case} abierto: {summary}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../desk/warranty.py" line="+23"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Fault</source>
        <translation>Avería</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Items: {items}</source>
        <translation>Artículos: {items}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{summary}

{items}</source>
        <translation>{summary}

{items}</translation>
    </message>
    <message>
        <location filename="../../desk/customer360.py" line="+93"/>
        <location filename="../../desk/goodwill.py" line="+4"/>
        <location filename="../../desk/returns.py" line="-92"/>
        <location filename="../../desk/warranty.py" line="-14"/>
        <source>This customer does not exist (any more).</source>
        <translation>Este cliente no existe (o ya no existe).</translation>
    </message>
    <message>
        <location filename="../../desk/customers.py" line="+40"/>
        <source>&apos;{text}&apos; is not an email address.</source>
        <translation>«{text}» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{text}&apos; is not a phone number.</source>
        <translation>«{text}» no es un número de teléfono.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name has no letters or digits.</source>
        <translation>El nombre no tiene letras ni cifras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer number</source>
        <translation>Número de cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer number {number} is already in use.</source>
        <translation>El número de cliente {number} ya está en uso.</translation>
    </message>
    <message>
        <location filename="../../desk/db.py" line="+166"/>
        <source>Someone else changed this record a moment ago. Reload it to see their change, then try again.</source>
        <translation>Otra persona acaba de cambiar este registro. Vuelve a cargarlo para ver su cambio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database no longer accepts your sign-in (your account was disabled or its password changed). Nothing more can be saved from this desk; ask your supervisor.</source>
        <translation>La base de datos ya no acepta tu inicio de sesión (tu cuenta se desactivó o su contraseña cambió). Ya no se puede guardar nada más desde este puesto; consulta a tu supervisor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database cannot be reached right now. Nothing was saved; your text is kept. Try again in a moment.</source>
        <translation>Ahora mismo no se puede acceder a la base de datos. No se ha guardado nada; el texto se conserva. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot open the database: {problem}</source>
        <translation>No se puede abrir la base de datos: {problem}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This database has no Posventa Desk schema yet. An administrator must run `desk-admin upgrade` first.</source>
        <translation>Esta base de datos aún no tiene el esquema de Posventa Desk. Un administrador debe ejecutar antes `desk-admin upgrade`.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database was upgraded by a newer Posventa Desk (schema {current}); this desk knows schema {head} at most. Install the newer desk before you go on.</source>
        <translation>Esta base de datos la actualizó un Posventa Desk más reciente (esquema {current}); este programa conoce como mucho el esquema {head}. Instala la versión más reciente antes de continuar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database&apos;s schema ({current}) is older than this desk&apos;s ({head}). An administrator must run `desk-admin upgrade` before the desk can be used.</source>
        <translation>El esquema de esta base de datos ({current}) es más antiguo que el de este programa ({head}). Un administrador debe ejecutar `desk-admin upgrade` antes de poder usarlo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your account has been disabled by an administrator. Nothing more can be saved from this desk; ask your supervisor.</source>
        <translation>Un administrador ha desactivado tu cuenta. Ya no se puede guardar nada más desde este puesto; consulta a tu supervisor.</translation>
    </message>
    <message>
        <location filename="../../desk/decisions.py" line="-6"/>
        <source>Refund without a receipt</source>
        <translation>Reembolso sin tique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free or discounted repair</source>
        <translation>Reparación gratuita o con descuento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee waived</source>
        <translation>Cargo condonado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return accepted as an exception</source>
        <translation>Devolución aceptada como excepción</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>refund without a receipt</source>
        <translation>reembolso sin tique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goodwill voucher</source>
        <translation>vale de cortesía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goodwill refund</source>
        <translation>reembolso de cortesía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free or discounted repair</source>
        <translation>reparación gratuita o con descuento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fee waived</source>
        <translation>cargo condonado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>return accepted as an exception</source>
        <translation>devolución aceptada como excepción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price adjustment</source>
        <translation>ajuste de precio</translation>
    </message>
    <message>
        <location filename="../../desk/messages.py" line="+66"/>
        <source>{first}
{second}</source>
        <translation>{first}
{second}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <location filename="../../desk/decisions.py" line="+31"/>
        <source>{decision} of {amount:.2f} {currency}: {reasons}</source>
        <translation>{decision} de {amount:.2f} {currency}: {reasons}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{decision} ({amount:.2f} {currency}) is waiting for approval.</source>
        <translation>{decision} ({amount:.2f} {currency}) está pendiente de aprobación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{decision} ({amount:.2f} {currency}) was rejected: reject this case, or take it again without it.</source>
        <translation>{decision} ({amount:.2f} {currency}) se rechazó: rechaza este caso o vuelve a tramitarlo sin ello.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{decision} ({amount:.2f} {currency}) was withdrawn or expired: reject this case, or take it again without it.</source>
        <translation>{decision} ({amount:.2f} {currency}) se retiró o caducó: rechaza este caso o vuelve a tramitarlo sin ello.</translation>
    </message>
    <message>
        <location filename="../../desk/demo.py" line="+182"/>
        <source>The number of customers cannot be negative.</source>
        <translation>El número de clientes no puede ser negativo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database already has customers; the demo only fills an empty database.</source>
        <translation>Esta base de datos ya tiene clientes; la demo solo rellena una base de datos vacía.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reference data: {stores} stores, {staff} staff, {products} products, {limits} limits</source>
        <translation>Datos de referencia: {stores} tiendas, {staff} empleados, {products} productos, {limits} límites</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Customers {done:,}/{total:,} ({seconds:.1f} s)</source>
        <translation>Clientes {done:,}/{total:,} ({seconds:.1f} s)</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>User {user} already exists; kept as it is (its password is unchanged)</source>
        <translation>El usuario {user} ya existe; se deja como está (su contraseña no cambia)</translation>
    </message>
    <message>
        <location filename="../../desk/documents.py" line="-23"/>
        <source>{file} is empty.</source>
        <translation>{file} está vacío.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is larger than {most} MB.</source>
        <translation>{file} ocupa más de {most} MB.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A case holds at most {most} attached files.</source>
        <translation>Un caso admite como máximo {most} archivos adjuntos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File attached to {case}: {file}</source>
        <translation>Archivo adjuntado a {case}: {file}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose at least one file to attach.</source>
        <translation>Elige al menos un archivo para adjuntar.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This document does not exist (any more).</source>
        <translation>Este documento no existe (o ya no existe).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is damaged: its content no longer matches its checksum.</source>
        <translation>{file} está dañado: su contenido ya no coincide con su suma de control.</translation>
    </message>
    <message>
        <location filename="../../desk/drafts.py" line="+110"/>
        <source>This form cannot be kept as a draft: {problem}</source>
        <translation>Este formulario no se puede guardar como borrador: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was typed is too long to keep as a draft on this computer ({size} KB; at most {most} KB). Shorten it, or save it now.</source>
        <translation>Lo escrito es demasiado largo para guardarlo como borrador en este ordenador ({size} KB; como máximo {most} KB). Acórtalo o guárdalo ahora.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>A draft is a set of named fields.</source>
        <translation>Un borrador es un conjunto de campos con nombre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This form has too many fields to keep as a draft (more than {most}).</source>
        <translation>Este formulario tiene demasiados campos para guardarlo como borrador (más de {most}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This form is nested too deeply to keep as a draft.</source>
        <translation>Este formulario está anidado a demasiada profundidad para guardarlo como borrador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: not a number that can be kept.</source>
        <translation>{name}: no es un número que se pueda guardar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every field of a draft needs a name.</source>
        <translation>Cada campo de un borrador necesita un nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password is never kept on this computer, not even in a draft.</source>
        <translation>Una contraseña nunca se guarda en este ordenador, ni siquiera en un borrador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: only text, numbers and yes/no can be kept in a draft.</source>
        <translation>{name}: en un borrador solo se pueden guardar textos, números y sí/no.</translation>
    </message>
    <message>
        <location filename="../../desk/goodwill.py" line="-55"/>
        <source>Late delivery</source>
        <translation>Entrega con retraso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed installation or visit</source>
        <translation>Instalación o visita no realizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeated repair of the same fault</source>
        <translation>Reparación repetida de la misma avería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price dropped soon after purchase</source>
        <translation>Bajada de precio poco después de la compra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged packaging</source>
        <translation>Embalaje dañado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor service or long wait</source>
        <translation>Mal servicio o larga espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restocking fee waived</source>
        <translation>Cargo de reposición condonado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery fee waived</source>
        <translation>Gastos de envío condonados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation fee waived</source>
        <translation>Cargo de cancelación condonado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late fee waived</source>
        <translation>Recargo por demora condonado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal customer</source>
        <translation>Cliente fiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (say why)</source>
        <translation>Otro (indica el motivo)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose the reason from the list.</source>
        <translation>Elige el motivo en la lista.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That case is not this customer&apos;s.</source>
        <translation>Ese caso no es de este cliente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} {amount:.2f} {currency}: {reason}</source>
        <translation>{kind} {amount:.2f} {currency}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} {amount:.2f} {currency}: {reason} (about {case})</source>
        <translation>{kind} {amount:.2f} {currency}: {reason} (sobre {case})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Granted.</source>
        <translation>Concedido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent for approval.</source>
        <translation>Enviado para aprobación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Choose what to grant from the list.</source>
        <translation>Elige en la lista qué conceder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the amount, more than zero.</source>
        <translation>Escribe el importe, mayor que cero.</translation>
    </message>
    <message>
        <location filename="../../desk/importer.py" line="+79"/>
        <source>{kind}: 1 row read; {added:,} added, {unchanged:,} already present unchanged.</source>
        <translation>{kind}: 1 fila leída; {added:,} añadidos, {unchanged:,} ya estaban sin cambios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind}: {rows:,} rows read; {added:,} added, {unchanged:,} already present unchanged.</source>
        <translation>{kind}: {rows:,} filas leídas; {added:,} añadidos, {unchanged:,} ya estaban sin cambios.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders: {rows:,} rows read (1 order); {added:,} added, {unchanged:,} already present unchanged.</source>
        <translation>Pedidos: {rows:,} filas leídas (1 pedido); {added:,} añadidos, {unchanged:,} ya estaban sin cambios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders: {rows:,} rows read ({records:,} orders); {added:,} added, {unchanged:,} already present unchanged.</source>
        <translation>Pedidos: {rows:,} filas leídas ({records:,} pedidos); {added:,} añadidos, {unchanged:,} ya estaban sin cambios.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind}: {rows:,} rows read ({records:,} records); {added:,} added, {unchanged:,} already present unchanged.</source>
        <translation>{kind}: {rows:,} filas leídas ({records:,} registros); {added:,} añadidos, {unchanged:,} ya estaban sin cambios.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot import &apos;{what}&apos;; choose customers, orders or interactions.</source>
        <translation>No se puede importar «{what}»; elige customers, orders o interactions.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Someone added the same records while {file} was being imported; nothing was imported. Import it again.</source>
        <translation>Alguien añadió los mismos registros mientras se importaba {file}; no se ha importado nada. Vuelve a importarlo.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{file}: 1 row of {rows:,} cannot be imported; nothing was imported.</source>
        <translation>{file}: 1 fila de {rows:,} no se puede importar; no se ha importado nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: {count:,} rows of {rows:,} cannot be imported; nothing was imported.</source>
        <translation>{file}: {count:,} filas de {rows:,} no se pueden importar; no se ha importado nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: {count:,} rows of {rows:,} cannot be imported; nothing was imported. The first {listed} are listed.</source>
        <translation>{file}: {count:,} filas de {rows:,} no se pueden importar; no se ha importado nada. Se listan las {listed} primeras.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{file} has a header but no rows; nothing to import.</source>
        <translation>{file} tiene cabecera pero ninguna fila; no hay nada que importar.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>No se puede leer {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is empty: the first line must name the columns.</source>
        <translation>{file} está vacío: la primera línea debe nombrar las columnas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>has {fields} fields; the header has {columns}</source>
        <translation>tiene {fields} campos; la cabecera tiene {columns}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} cannot be read as CSV; nothing was imported.</source>
        <translation>{file} no se puede leer como CSV; no se ha importado nada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} is not UTF-8 text; save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>{file} no es texto UTF-8; guárdalo como &quot;CSV UTF-8&quot; y vuelve a importarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bytes that are not UTF-8 ({reason})</source>
        <translation>bytes que no son UTF-8 ({reason})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown column(s): {names}</source>
        <translation>columna(s) desconocida(s): {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column(s) named twice: {names}</source>
        <translation>columna(s) repetida(s): {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing required column(s): {names}</source>
        <translation>falta(n) columna(s) obligatoria(s): {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: the header does not fit; the columns are {columns} (see docs/import.md).</source>
        <translation>{file}: la cabecera no encaja; las columnas son {columns} (ver docs/import.md).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{column} &apos;{value}&apos; may hold letters, digits and . _ / - only.</source>
        <translation>{column} «{value}» solo puede tener letras, cifras y . _ / -.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{column} &apos;{value}&apos; is not one of {allowed}.</source>
        <translation>{column} «{value}» no es ninguno de: {allowed}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{column} &apos;{value}&apos; is not an ISO 8601 date and time such as 2024-03-05 14:30 or 2024-03-05T14:30:00+01:00.</source>
        <translation>{column} «{value}» no es una fecha y hora ISO 8601 como 2024-03-05 14:30 o 2024-03-05T14:30:00+01:00.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>{column} {value} is in the future.</source>
        <translation>{column} {value} está en el futuro.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{column} &apos;{value}&apos; is not an ISO 8601 date such as 2024-03-05.</source>
        <translation>{column} «{value}» no es una fecha ISO 8601 como 2024-03-05.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>quantity &apos;{value}&apos; must be a whole number from 1 to 9999.</source>
        <translation>quantity «{value}» debe ser un número entero de 1 a 9999.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Customer {key} is already on line {first} of this file.</source>
        <translation>El cliente {key} ya está en la línea {first} de este archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {key} is already on line {first} of this file.</source>
        <translation>El pedido {key} ya está en la línea {first} de este archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt {key} is already on line {first} of this file.</source>
        <translation>El tique {key} ya está en la línea {first} de este archivo.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>full_name has no letters or digits.</source>
        <translation>full_name no tiene letras ni cifras.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language &apos;{language}&apos; is not one of {allowed}.</source>
        <translation>language «{language}» no es ninguno de: {allowed}.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>customer {number} already exists with different data ({columns}).</source>
        <translation>el cliente {number} ya existe con otros datos ({columns}).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{problem} An order&apos;s rows must follow one another.</source>
        <translation>{problem} Las filas de un pedido deben ir seguidas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>order {number} has other order details (receipt, customer, channel, store, times or currency) than on line {line}; each of its rows must repeat them.</source>
        <translation>el pedido {number} tiene otros datos de pedido (tique, cliente, canal, tienda, horas o moneda) que en la línea {line}; cada una de sus filas debe repetirlos.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>delivered_at is before ordered_at.</source>
        <translation>delivered_at es anterior a ordered_at.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>currency &apos;{currency}&apos; is not a currency code such as EUR.</source>
        <translation>currency «{currency}» no es un código de moneda como EUR.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a line with a serial number holds one item: quantity must be 1.</source>
        <translation>una línea con número de serie lleva un solo artículo: quantity debe ser 1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>there is no store with code {code}.</source>
        <translation>no hay ninguna tienda con el código {code}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+125"/>
        <source>there is no customer {number} (import the customers first).</source>
        <translation>no existe el cliente {number} (importa primero los clientes).</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>there is no product with SKU {sku}.</source>
        <translation>no hay ningún producto con el SKU {sku}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>receipt {receipt} belongs to order {order} already.</source>
        <translation>el tique {receipt} ya pertenece al pedido {order}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>order {number} already exists with different data ({columns}).</source>
        <translation>el pedido {number} ya existe con otros datos ({columns}).</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>there is no user {user}.</source>
        <translation>no existe el usuario {user}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>interaction {reference} already exists with different data ({columns}).</source>
        <translation>la interacción {reference} ya existe con otros datos ({columns}).</translation>
    </message>
    <message>
        <location filename="../../desk/interactions.py" line="-16"/>
        <location filename="../../desk/surveys.py" line="-59"/>
        <source>&apos;{channel}&apos; is not a channel.</source>
        <translation>«{channel}» no es un canal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{direction}&apos; is not a direction (inbound or outbound).</source>
        <translation>«{direction}» no es una dirección (entrante o saliente).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The contact time has no time zone.</source>
        <translation>La hora del contacto no tiene zona horaria.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contact time is in the future.</source>
        <translation>La hora del contacto está en el futuro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{summary}

Outcome: {outcome}</source>
        <translation>{summary}

Resultado: {outcome}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Customer visit: {reason}</source>
        <translation>Visita del cliente en tienda: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In store, to the customer: {reason}</source>
        <translation>En tienda, al cliente: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone from customer: {reason}</source>
        <translation>Llamada del cliente: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone to customer: {reason}</source>
        <translation>Llamada al cliente: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email from customer: {reason}</source>
        <translation>Correo del cliente: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email to customer: {reason}</source>
        <translation>Correo al cliente: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat from customer: {reason}</source>
        <translation>Chat del cliente: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat to customer: {reason}</source>
        <translation>Chat al cliente: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web from customer: {reason}</source>
        <translation>Mensaje web del cliente: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web to customer: {reason}</source>
        <translation>Mensaje web al cliente: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media from customer: {reason}</source>
        <translation>Redes sociales, del cliente: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media to customer: {reason}</source>
        <translation>Redes sociales, al cliente: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This customer no longer exists.</source>
        <translation>Este cliente ya no existe.</translation>
    </message>
    <message>
        <location filename="../../desk/kpis.py" line="-230"/>
        <source>The period ends before it starts.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a period of three years at most.</source>
        <translation>Elige un periodo de tres años como máximo.</translation>
    </message>
    <message>
        <location line="+200"/>
        <location line="+55"/>
        <location line="+23"/>
        <source>Cases opened</source>
        <translation>Casos abiertos</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+54"/>
        <location line="+23"/>
        <source>Cases resolved</source>
        <translation>Casos resueltos</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Median time to resolution (hours)</source>
        <translation>Mediana del tiempo de resolución (horas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90th percentile time to resolution (hours)</source>
        <translation>Percentil 90 del tiempo de resolución (horas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-contact resolution (%)</source>
        <translation>Resolución en el primer contacto (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recurrence within 30 days (%)</source>
        <translation>Reincidencia en 30 días (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill granted ({currency})</source>
        <translation>Gestos comerciales concedidos ({currency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill budget ({currency})</source>
        <translation>Presupuesto de gestos comerciales ({currency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill granted against budget (%)</source>
        <translation>Gestos comerciales concedidos frente al presupuesto (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvals decided</source>
        <translation>Aprobaciones decididas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median approval turnaround (hours)</source>
        <translation>Mediana del tiempo de aprobación (horas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90th percentile approval turnaround (hours)</source>
        <translation>Percentil 90 del tiempo de aprobación (horas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT answers</source>
        <translation>Respuestas CSAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT satisfied, 4-5 (%)</source>
        <translation>CSAT satisfechos, 4-5 (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT mean (1-5)</source>
        <translation>CSAT media (1-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CES answers</source>
        <translation>Respuestas CES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CES mean (1-7)</source>
        <translation>CES media (1-7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS answers</source>
        <translation>Respuestas NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS (-100 to 100)</source>
        <translation>NPS (de -100 a 100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys sent</source>
        <translation>Encuestas enviadas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period from</source>
        <translation>Periodo desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period to</source>
        <translation>Periodo hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+22"/>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+22"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+23"/>
        <source>Week starting</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+23"/>
        <source>CSAT answer</source>
        <translation>Respuesta CSAT</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+23"/>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weeks</source>
        <translation>Semanas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../../desk/letters.py" line="+323"/>
        <source>There is no letter of kind &apos;{kind}&apos;; the letters are: {kinds}.</source>
        <translation>No hay ninguna carta del tipo «{kind}»; las cartas son: {kinds}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letter template {file} is missing from {folder}; reinstall the desk or run resources/templates/build_templates.py.</source>
        <translation>Falta la plantilla de carta {file} en {folder}; reinstala el programa o ejecuta resources/templates/build_templates.py.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location filename="../../desk/rules/dates.py" line="+22"/>
        <source>&apos;{zone}&apos; is not a time zone such as Europe/Madrid.</source>
        <translation>«{zone}» no es una zona horaria como Europe/Madrid.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A time without a time zone cannot be printed on a letter.</source>
        <translation>Una hora sin zona horaria no se puede imprimir en una carta.</translation>
    </message>
    <message>
        <location filename="../../desk/orders.py" line="+44"/>
        <source>An order needs at least one line.</source>
        <translation>Un pedido necesita al menos una línea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every order line needs a quantity of at least 1.</source>
        <translation>Cada línea del pedido necesita una cantidad de al menos 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A price cannot be negative.</source>
        <translation>Un precio no puede ser negativo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An order cannot be delivered before it was placed.</source>
        <translation>Un pedido no se puede entregar antes de haberse hecho.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Order {order}: {product} and {more} more, {total:.2f} {currency}</source>
        <translation>Pedido {order}: {product} y {more} más, {total:.2f} {currency}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order {order}: {product}, {total:.2f} {currency}</source>
        <translation>Pedido {order}: {product}, {total:.2f} {currency}</translation>
    </message>
    <message>
        <location filename="../../desk/policy.py" line="-52"/>
        <source>{field}: &apos;{text}&apos; is not an amount.</source>
        <translation>{field}: «{text}» no es un importe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} must be zero or more.</source>
        <translation>{field} debe ser cero o más.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} above {most:.2f} is not plausible.</source>
        <translation>{field} por encima de {most:.2f} no es verosímil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} has more than two decimals.</source>
        <translation>{field} tiene más de dos decimales.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{field}: &apos;{text}&apos; could mean {whole} or {decimals}. Type {whole} without a separator, or {two} with two decimals.</source>
        <translation>{field}: «{text}» podría ser {whole} o {decimals}. Escribe {whole} sin separador, o {two} con dos decimales.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give either a role or a user for the limit, not both.</source>
        <translation>Indica un rol o un usuario para el límite, no ambos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days past the return window must be between 0 and 365.</source>
        <translation>Los días pasado el plazo de devolución deben estar entre 0 y 365.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no user {name}.</source>
        <translation>No hay ningún usuario {name}.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Per decision</source>
        <translation>Por decisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per agent per day</source>
        <translation>Por agente y día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per customer over 12 months</source>
        <translation>Por cliente en 12 meses</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This limit does not exist (any more).</source>
        <translation>Este límite no existe (o ya no existe).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A role&apos;s limit is changed, not removed; set it to 0.00 to let that role grant nothing.</source>
        <translation>El límite de un rol se cambia, no se elimina; ponlo a 0.00 para que ese rol no pueda conceder nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only an administrator can change the empowerment limits.</source>
        <translation>Solo un administrador puede cambiar los límites de atribuciones.</translation>
    </message>
    <message>
        <location filename="../../desk/privacy.py" line="+97"/>
        <source>No customer has the id {id}. Nothing was changed.</source>
        <translation>Ningún cliente tiene el id {id}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give a customer number (as printed, e.g. C-000123) or the customer&apos;s numeric id.</source>
        <translation>Indica un número de cliente (tal como aparece impreso, p. ej. C-000123) o el id numérico del cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{typed}…&apos; is too long to be a customer number or id.</source>
        <translation>«{typed}…» es demasiado largo para ser un número de cliente o un id.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{typed}&apos; is customer number {typed} and also the id of customer {other}; give the customer number of the one you mean.</source>
        <translation>«{typed}» es el número de cliente {typed} y también el id del cliente {other}; indica el número de cliente del que buscas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No customer has the number or id &apos;{typed}&apos;. Nothing was changed.</source>
        <translation>Ningún cliente tiene el número o id «{typed}». No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Customer {number} was already erased on {day:%Y-%m-%d}; nothing was changed.</source>
        <translation>El cliente {number} ya se borró el {day:%Y-%m-%d}; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../desk/returns.py" line="-26"/>
        <source>{case} is not a return.</source>
        <translation>{case} no es una devolución.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return {case} can be refunded once its items are received.</source>
        <translation>La devolución {case} se puede reembolsar cuando se hayan recibido sus artículos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return {case} cannot be settled yet:
{problems}</source>
        <translation>La devolución {case} aún no se puede liquidar:
{problems}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exchanged; price difference {difference:.2f} {currency}.</source>
        <translation>Cambiado; diferencia de precio {difference:.2f} {currency}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund {amount:.2f} {currency} to {method}.</source>
        <translation>Reembolso de {amount:.2f} {currency} mediante {method}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add at least one item to return.</source>
        <translation>Añade al menos un artículo para devolver.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A return holds at most {most} lines.</source>
        <translation>Una devolución admite como máximo {most} líneas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a refund method and a channel from the lists.</source>
        <translation>Elige un método de reembolso y un canal de las listas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same order line is listed twice: change its quantity instead.</source>
        <translation>La misma línea de pedido aparece dos veces: cambia su cantidad en su lugar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line {number}: that order line does not exist (any more).</source>
        <translation>Línea {number}: esa línea de pedido no existe (o ya no existe).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line {number} ({description}): {problem}</source>
        <translation>Línea {number} ({description}): {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lines bought in different currencies go in separate returns.</source>
        <translation>Las líneas compradas en monedas distintas van en devoluciones separadas.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Line {number}: choose the item&apos;s condition from the list.</source>
        <translation>Línea {number}: elige el estado del artículo en la lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {number}: the quantity must be a whole number from 1 to {most}.</source>
        <translation>Línea {number}: la cantidad debe ser un número entero de 1 a {most}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line {number}: a serial number has at most {most} characters.</source>
        <translation>Línea {number}: un número de serie tiene como máximo {most} caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {number} reason</source>
        <translation>Motivo de la línea {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is outside the rules: accept it as an exception (with a reason) or leave it out.</source>
        <translation>está fuera de las normas: acéptala como excepción (con un motivo) o quítala.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {number} description</source>
        <translation>Descripción de la línea {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {number}: that product does not exist.</source>
        <translation>Línea {number}: ese producto no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {number} amount</source>
        <translation>Importe de la línea {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {number}: type the amount to refund for an item with no order on file.</source>
        <translation>Línea {number}: escribe el importe a reembolsar de un artículo sin pedido registrado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No order on file: the refund is a decision under the empowerment policy.</source>
        <translation>Sin pedido registrado: el reembolso es una decisión sujeta a la política de atribuciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose its condition (unopened, opened, damaged, missing parts).</source>
        <translation>elige su estado (sin abrir, abierto, dañado, faltan piezas).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Choose &apos;exchange&apos; as the refund method to give another product.</source>
        <translation>Elige «cambio» como método de reembolso para dar otro producto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the product the customer takes in exchange.</source>
        <translation>Elige el producto que el cliente se lleva a cambio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The product chosen for the exchange does not exist.</source>
        <translation>El producto elegido para el cambio no existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange quantity must be from 1 to {most}.</source>
        <translation>La cantidad del cambio debe ser de 1 a {most}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Return of {items}: refund {amount:.2f} {currency}.</source>
        <translation>Devolución de {items}: reembolso de {amount:.2f} {currency}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Say why in the reason box: {decision}.</source>
        <translation>Indica el motivo en la casilla de motivo: {decision}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why in the reason box: {first}, {second}.</source>
        <translation>Indica el motivo en la casilla de motivo: {first}, {second}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why in the reason box: {first}, {second}, {third}.</source>
        <translation>Indica el motivo en la casilla de motivo: {first}, {second}, {third}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why in the reason box: {decisions}.</source>
        <translation>Indica el motivo en la casilla de motivo: {decisions}.</translation>
    </message>
    <message>
        <location filename="../../desk/rule_store.py" line="+45"/>
        <source>Only an administrator can change the after-sales rules.</source>
        <translation>Solo un administrador puede cambiar las reglas de posventa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rules file is too long (at most {most:,} characters).</source>
        <translation>El archivo de reglas es demasiado largo (como máximo {most:,} caracteres).</translation>
    </message>
    <message>
        <location filename="../../desk/rules/dates.py" line="-4"/>
        <source>A time without a time zone cannot be placed on a calendar.</source>
        <translation>Una hora sin zona horaria no se puede situar en el calendario.</translation>
    </message>
    <message>
        <location filename="../../desk/rules/empowerment.py" line="+25"/>
        <source>an agent</source>
        <translation>un agente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a store manager</source>
        <translation>un encargado de tienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a supervisor</source>
        <translation>un supervisor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an administrator</source>
        <translation>un administrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An agent</source>
        <translation>Un agente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A store manager</source>
        <translation>Un encargado de tienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supervisor</source>
        <translation>Un supervisor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An administrator</source>
        <translation>Un administrador</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{amount:.2f} {currency} will go to {approver} for approval (your store has no {usual}).</source>
        <translation>{amount:.2f} {currency} irán a {approver} para su aprobación (tu tienda no tiene el rol {usual}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can grant up to {limit:.2f} {currency}; {amount:.2f} {currency} will go to {approver} for approval.</source>
        <translation>Puedes conceder hasta {limit:.2f} {currency}; {amount:.2f} {currency} irán a {approver} para su aprobación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount:.2f} {currency} will go to {approver} for approval.</source>
        <translation>{amount:.2f} {currency} irán a {approver} para su aprobación.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A decision is worth more than zero.</source>
        <translation>Una decisión debe valer más de cero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can grant up to {limit:.2f} {currency}; {amount:.2f} {currency} is within your limits.</source>
        <translation>Puedes conceder hasta {limit:.2f} {currency}; {amount:.2f} {currency} está dentro de tus límites.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{role} cannot grant it either: {why}.</source>
        <translation>{role} tampoco puede concederlo: {why}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody may grant this: the highest limit is {limit:.2f} {currency} per decision.</source>
        <translation>Nadie puede concederlo: el límite más alto es {limit:.2f} {currency} por decisión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody may grant this: no limit is set for {kind} in {currency}.</source>
        <translation>Nadie puede concederlo: no hay límite fijado para «{kind}» en {currency}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You have no limit for {kind} in {currency}.</source>
        <translation>No tienes límite para «{kind}» en {currency}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount:.2f} {currency} is above your limit of {limit:.2f} {currency} per decision.</source>
        <translation>{amount:.2f} {currency} supera tu límite de {limit:.2f} {currency} por decisión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{days} days past the window; you may accept up to {most}.</source>
        <translation>{days} días fuera de plazo; puedes aceptar hasta {most}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You have granted {today:.2f} {currency} today of your {day:.2f} {currency} a day.</source>
        <translation>Hoy has concedido {today:.2f} {currency} de tus {day:.2f} {currency} diarios.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This customer has had {had:.2f} {currency} in 12 months; the cap is {cap:.2f} {currency}.</source>
        <translation>Este cliente ha recibido {had:.2f} {currency} en 12 meses; el tope es {cap:.2f} {currency}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no limit is set for it</source>
        <translation>no tiene límite fijado para ello</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the limit is {limit:.2f} {currency} per decision</source>
        <translation>su límite es {limit:.2f} {currency} por decisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most {days} days past the window</source>
        <translation>como máximo {days} días fuera de plazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this customer&apos;s 12-month total would pass the cap of {cap:.2f} {currency}</source>
        <translation>el total de este cliente en 12 meses superaría el tope de {cap:.2f} {currency}</translation>
    </message>
    <message>
        <location filename="../../desk/rules/returns.py" line="+95"/>
        <source>All {quantity} bought on this line have already been returned.</source>
        <translation>Ya se han devuelto las {quantity} unidades compradas en esta línea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return at least one item.</source>
        <translation>Devuelve al menos un artículo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only {remaining} of {quantity} can still be returned ({returned} already returned).</source>
        <translation>Solo se pueden devolver aún {remaining} de {quantity} (ya se han devuelto {returned}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only {quantity} were bought on this line.</source>
        <translation>En esta línea solo se compraron {quantity}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not delivered yet: the return window has not started.</source>
        <translation>Aún no entregado: el plazo de devolución no ha empezado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inside the {days}-day return window (until {until:%d/%m/%Y}).</source>
        <translation>Dentro del plazo de devolución de {days} días (hasta el {until:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {days}-day return window ended on {ended:%d/%m/%Y} (1 day ago).</source>
        <translation>El plazo de devolución de {days} días terminó el {ended:%d/%m/%Y} (hace 1 día).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {days}-day return window ended on {ended:%d/%m/%Y} ({ago} days ago).</source>
        <translation>El plazo de devolución de {days} días terminó el {ended:%d/%m/%Y} (hace {ago} días).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distance sale: the legal {days}-day right of withdrawal runs until {until:%d/%m/%Y}.</source>
        <translation>Venta a distancia: el derecho legal de desistimiento de {days} días dura hasta el {until:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Condition {condition} is not accepted without an exception.</source>
        <translation>El estado «{condition}» no se acepta sin una excepción.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside the window: it can only be accepted as an exception.</source>
        <translation>Fuera de plazo: solo se puede aceptar como excepción.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restocking fee {percent:f}% for {condition} items.</source>
        <translation>Cargo de reposición del {percent:f}% para artículos en estado «{condition}».</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Scan or type the serial number (sold with serial {serial}).</source>
        <translation>Escanea o escribe el número de serie (se vendió con el número {serial}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial {given} is not the one sold on this line ({sold}).</source>
        <translation>El número de serie {given} no es el vendido en esta línea ({sold}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial number matches the one sold.</source>
        <translation>El número de serie coincide con el vendido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serialised product: record the serial number handed back.</source>
        <translation>Producto con número de serie: anota el número de serie del artículo devuelto.</translation>
    </message>
    <message>
        <location filename="../../desk/rules/settings.py" line="+60"/>
        <source>legal minimum</source>
        <translation>mínimo legal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>legal guarantee in {country} for goods bought from {since:%Y-%m-%d}</source>
        <translation>garantía legal en {country} para compras desde el {since:%Y-%m-%d}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The rules file is not valid TOML: {problem}</source>
        <translation>El archivo de reglas no es TOML válido: {problem}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>returns.restocking_fee.categories must be a table of category = {{ condition = percent }}.</source>
        <translation>returns.restocking_fee.categories debe ser una tabla de categoría = {{ estado = porcentaje }}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The rules need a [{setting}] table.</source>
        <translation>Las reglas necesitan una tabla [{setting}].</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{setting} must be a whole number from {low} to {high}.</source>
        <translation>{setting} debe ser un número entero de {low} a {high}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{setting} must be a list of words.</source>
        <translation>{setting} debe ser una lista de palabras.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{setting}: &apos;{value}&apos; is not one of {allowed}.</source>
        <translation>{setting}: «{value}» no es ninguno de: {allowed}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{setting} must be one of {allowed}.</source>
        <translation>{setting} debe ser uno de: {allowed}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{setting} must be a table of condition = percent.</source>
        <translation>{setting} debe ser una tabla de estado = porcentaje.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{setting}: &apos;{name}&apos; is not a condition.</source>
        <translation>{setting}: «{name}» no es un estado del artículo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{setting} must be a percent from 0 to 100.</source>
        <translation>{setting} debe ser un porcentaje de 0 a 100.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>warranty.legal rule {number} must be a table with country, from and months.</source>
        <translation>La regla {number} de warranty.legal debe ser una tabla con country, from y months.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warranty.legal rule {number}: country must be a two-letter code such as ES.</source>
        <translation>Regla {number} de warranty.legal: country debe ser un código de dos letras como ES.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warranty.legal rule {number}: from must be a date such as 2022-01-01.</source>
        <translation>Regla {number} de warranty.legal: from debe ser una fecha como 2022-01-01.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warranty.legal rule {number}: months must be a whole number from 1 to 240.</source>
        <translation>Regla {number} de warranty.legal: months debe ser un número entero de 1 a 240.</translation>
    </message>
    <message>
        <location filename="../../desk/rules/states.py" line="-65"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting items</source>
        <translation>Esperando artículos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanged</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosing</source>
        <translation>En diagnóstico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting parts</source>
        <translation>Esperando piezas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repaired</source>
        <translation>Reparado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced</source>
        <translation>Sustituido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to customer</source>
        <translation>Devuelto al cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted</source>
        <translation>Concedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A return cannot be {state}.</source>
        <translation>Una devolución no puede estar en estado {state}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A warranty claim cannot be {state}.</source>
        <translation>Una reclamación de garantía no puede estar en estado {state}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A goodwill cannot be {state}.</source>
        <translation>Un gesto comercial no puede estar en estado {state}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This return is {state}: it is finished and cannot change.</source>
        <translation>Esta devolución está en estado {state}: está terminada y no puede cambiar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This warranty claim is {state}: it is finished and cannot change.</source>
        <translation>Esta reclamación de garantía está en estado {state}: está terminada y no puede cambiar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This goodwill is {state}: it is finished and cannot change.</source>
        <translation>Este gesto comercial está en estado {state}: está terminado y no puede cambiar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>{state}</source>
        <translation>{state}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A return that is {current} cannot become {wanted}; it can become: {options}.</source>
        <translation>Una devolución en estado {current} no puede pasar a {wanted}; puede pasar a: {options}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A warranty claim that is {current} cannot become {wanted}; it can become: {options}.</source>
        <translation>Una reclamación de garantía en estado {current} no puede pasar a {wanted}; puede pasar a: {options}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A goodwill that is {current} cannot become {wanted}; it can become: {options}.</source>
        <translation>Un gesto comercial en estado {current} no puede pasar a {wanted}; puede pasar a: {options}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warranty claim</source>
        <translation>Reclamación de garantía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill</source>
        <translation>Gesto comercial</translation>
    </message>
    <message>
        <location filename="../../desk/rules/warranty.py" line="+28"/>
        <source>accidental damage</source>
        <translation>daño accidental</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>liquid damage</source>
        <translation>daño por líquido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>misuse</source>
        <translation>mal uso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>normal wear</source>
        <translation>desgaste normal</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+1"/>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason} {more}</source>
        <translation>{reason} {more}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No purchase on file: the cover cannot be shown. Quote the repair, or grant it as a decision.</source>
        <translation>No consta ninguna compra: no se puede acreditar la cobertura. Presupuesta la reparación o concédela como decisión.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Serial {given} is neither the one sold on order {order} ({sold}) nor a replacement handed over for it.</source>
        <translation>El número de serie {given} no es el vendido en el pedido {order} ({sold}) ni el de un artículo de sustitución entregado en su lugar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serial not given yet (sold: {sold}).</source>
        <translation>Aún no se ha indicado el número de serie (vendido: {sold}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial matches the one sold.</source>
        <translation>El número de serie coincide con el vendido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial {given} is the replacement handed over under {case}.</source>
        <translation>El número de serie {given} es el del artículo de sustitución entregado en {case}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The replacement is covered until {until:%d/%m/%Y} (restart rule).</source>
        <translation>El artículo de sustitución está cubierto hasta el {until:%d/%m/%Y} (regla de nuevo periodo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The replacement is covered until {until:%d/%m/%Y} (remaining rule).</source>
        <translation>El artículo de sustitución está cubierto hasta el {until:%d/%m/%Y} (regla de cobertura restante).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not covered by any guarantee: {cause}.</source>
        <translation>No lo cubre ninguna garantía: {cause}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cause given: {cause}.</source>
        <translation>Causa indicada: {cause}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In warranty: {months}-month {source}, until {until:%d/%m/%Y}.</source>
        <translation>En garantía: {source} de {months} meses, hasta el {until:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In warranty: the brand&apos;s {months}-month warranty, until {until:%d/%m/%Y} (the legal guarantee ended on {legal:%d/%m/%Y}).</source>
        <translation>En garantía: garantía de la marca de {months} meses, hasta el {until:%d/%m/%Y} (la garantía legal terminó el {legal:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In warranty: the brand&apos;s {months}-month warranty, until {until:%d/%m/%Y}.</source>
        <translation>En garantía: garantía de la marca de {months} meses, hasta el {until:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The fault repaired under {case} stays covered until {until:%d/%m/%Y}.</source>
        <translation>La avería reparada en {case} sigue cubierta hasta el {until:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{case} is not an earlier repair of this item.</source>
        <translation>{case} no es una reparación anterior de este artículo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out of warranty: cover ended on {until:%d/%m/%Y} ({days} day ago).</source>
        <translation>Fuera de garantía: la cobertura terminó el {until:%d/%m/%Y} (hace {days} día).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out of warranty: cover ended on {until:%d/%m/%Y} ({days} days ago).</source>
        <translation>Fuera de garantía: la cobertura terminó el {until:%d/%m/%Y} (hace {days} días).</translation>
    </message>
    <message>
        <location filename="../../desk/scale.py" line="+149"/>
        <source>The number of customers must be between 0 and {most:,}.</source>
        <translation>El número de clientes debe estar entre 0 y {most:,}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events per customer must be between 0 and {most}.</source>
        <translation>Los eventos por cliente deben estar entre 0 y {most}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Customers {done:,}/{total:,} ({seconds:.1f} s, {rate:,.0f} customers/s)</source>
        <translation>Clientes {done:,}/{total:,} ({seconds:.1f} s, {rate:,.0f} clientes/s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Analysing the loaded tables</source>
        <translation>Analizando las tablas cargadas</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This database has customers but no stores or products; add them before seed-scale.</source>
        <translation>Esta base de datos tiene clientes pero ni tiendas ni productos; añádelos antes de seed-scale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stores or products yet: adding the demo&apos;s stores, staff, catalogue and limits</source>
        <translation>Aún no hay tiendas ni productos: se añaden las tiendas, los empleados, el catálogo y los límites de la demo</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Recreated index {index} ({seconds:.1f} s)</source>
        <translation>Índice {index} recreado ({seconds:.1f} s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recreated foreign key {key} ({seconds:.1f} s)</source>
        <translation>Clave foránea {key} recreada ({seconds:.1f} s)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{table} {number} is numbered like the rows seed-scale would add; nothing was added.</source>
        <translation>{table} {number} tiene la numeración de las filas que añadiría seed-scale; no se ha añadido nada.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There are no products to sell; add a catalogue before seed-scale.</source>
        <translation>No hay productos que vender; añade un catálogo antes de seed-scale.</translation>
    </message>
    <message>
        <location filename="../../desk/search.py" line="+192"/>
        <source>Order {order}</source>
        <translation>Pedido {order}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt {receipt}, order {order}</source>
        <translation>Tique {receipt}, pedido {order}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial {serial}, order {order}</source>
        <translation>N.º de serie {serial}, pedido {order}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial {serial}, case {case}</source>
        <translation>N.º de serie {serial}, caso {case}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Return {case}, {state}</source>
        <translation>Devolución {case}, {state}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty claim {case}, {state}</source>
        <translation>Reclamación de garantía {case}, {state}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goodwill {case}, {state}</source>
        <translation>Gesto comercial {case}, {state}</translation>
    </message>
    <message>
        <location filename="../../desk/staff.py" line="-65"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user name may hold letters, digits, dots, dashes and underscores only.</source>
        <translation>Un nombre de usuario solo puede tener letras, cifras, puntos, guiones y guiones bajos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User {user} already exists.</source>
        <translation>El usuario {user} ya existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password needs at least {least} characters.</source>
        <translation>Una contraseña necesita al menos {least} caracteres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no store with code {code}.</source>
        <translation>No hay ninguna tienda con el código {code}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no user {user}.</source>
        <translation>No existe el usuario {user}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User {user} is already enabled.</source>
        <translation>El usuario {user} ya está activado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User {user} is already disabled.</source>
        <translation>El usuario {user} ya está desactivado.</translation>
    </message>
    <message>
        <location filename="../../desk/surveys.py" line="-23"/>
        <source>Satisfaction (CSAT)</source>
        <translation>Satisfacción (CSAT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort score (CES)</source>
        <translation>Índice de esfuerzo (CES)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation (NPS)</source>
        <translation>Recomendación (NPS)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{label} must be a whole number from {low} to {high}.</source>
        <translation>{label} debe ser un número entero de {low} a {high}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} must be from {low} to {high}; {value} was given.</source>
        <translation>{label} debe ser de {low} a {high}; se ha indicado {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give at least one of the customer&apos;s scores (satisfaction, effort or recommendation).</source>
        <translation>Indica al menos una de las puntuaciones del cliente (satisfacción, esfuerzo o recomendación).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Satisfaction survey sent to the customer.</source>
        <translation>Encuesta de satisfacción enviada al cliente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A survey for {case} was already sent on {sent:%Y-%m-%d %H:%M} UTC.</source>
        <translation>Ya se envió una encuesta para {case} el {sent:%Y-%m-%d %H:%M} UTC.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction survey about {case} sent to the customer.</source>
        <translation>Encuesta de satisfacción sobre {case} enviada al cliente.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Case {case} is not this customer&apos;s: a survey belongs to their own case.</source>
        <translation>El caso {case} no es de este cliente: una encuesta corresponde a un caso suyo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case {case} is still open: ask for the survey once it is settled.</source>
        <translation>El caso {case} sigue abierto: pide la encuesta cuando esté resuelto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case {case} was cancelled: there is nothing for the customer to rate.</source>
        <translation>El caso {case} se canceló: el cliente no tiene nada que valorar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The customer&apos;s answers for {case} were already recorded on {answered:%Y-%m-%d %H:%M} UTC; a case has one survey.</source>
        <translation>Las respuestas del cliente para {case} ya se registraron el {answered:%Y-%m-%d %H:%M} UTC; cada caso tiene una sola encuesta.</translation>
    </message>
    <message>
        <location filename="../../desk/text.py" line="+2"/>
        <source>{field} contains invisible control characters; please retype it.</source>
        <translation>«{field}» contiene caracteres de control invisibles; vuelve a escribirlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} is too long ({length} characters; at most {most}).</source>
        <translation>«{field}» es demasiado largo ({length} caracteres; como máximo {most}).</translation>
    </message>
    <message>
        <location filename="../../desk/timeline.py" line="+103"/>
        <source>A timeline page holds between 1 and 500 events.</source>
        <translation>Una página del historial contiene entre 1 y 500 sucesos.</translation>
    </message>
    <message>
        <location filename="../../desk/warranty.py" line="-12"/>
        <source>Fault description</source>
        <translation>Descripción de la avería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessories</source>
        <translation>Accesorios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visible damage</source>
        <translation>Daños visibles</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>Repair centre</source>
        <translation>Servicio técnico</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Repair quote</source>
        <translation>Presupuesto de reparación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free repair amount</source>
        <translation>Importe de la reparación gratuita</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+65"/>
        <source>The due date must be today or later.</source>
        <translation>La fecha límite debe ser hoy o posterior.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Scan or type the serial number of the item (sold with {sold}).</source>
        <translation>Escanea o escribe el número de serie del artículo (se vendió con {sold}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe the item: there is no order on file for it.</source>
        <translation>Describe el artículo: no consta ningún pedido suyo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bought on order {order} by another customer.</source>
        <translation>Comprado en el pedido {order} por otro cliente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{item}: {fault}</source>
        <translation>{item}: {fault}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose a technician or type a repair centre.</source>
        <translation>Elige un técnico o escribe un servicio técnico.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The due date has no time zone.</source>
        <translation>La fecha límite no tiene zona horaria.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Claim {case} is finished: it cannot be assigned any more.</source>
        <translation>La reclamación {case} está terminada: ya no se puede asignar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Warranty claim {case}: assigned to {who}; due {due:%d/%m/%Y}</source>
        <translation>Reclamación de garantía {case}: asignada a {who}; para el {due:%d/%m/%Y}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warranty claim {case}: assigned to {who}</source>
        <translation>Reclamación de garantía {case}: asignada a {who}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose repair, replace or refund.</source>
        <translation>Elige reparar, sustituir o reembolsar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan or type the serial number of the replacement.</source>
        <translation>Escanea o escribe el número de serie del artículo de sustitución.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+114"/>
        <source>A serial number has at most 60 characters.</source>
        <translation>Un número de serie tiene como máximo 60 caracteres.</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Refund amount</source>
        <translation>Importe del reembolso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the amount refunded.</source>
        <translation>Escribe el importe reembolsado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Claim {case} cannot be resolved yet:
{blocked}</source>
        <translation>La reclamación {case} aún no se puede resolver:
{blocked}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diagnosis: {text}</source>
        <translation>Diagnóstico: {text}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{note}
Replaced by serial {serial}, covered until {until:%d/%m/%Y}.</source>
        <translation>{note}
Sustituido por el número de serie {serial}, cubierto hasta el {until:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{note}
Refund {amount:.2f} {currency}.</source>
        <translation>{note}
Reembolso de {amount:.2f} {currency}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The repaired fault is covered until {until:%d/%m/%Y}.</source>
        <translation>La avería reparada está cubierta hasta el {until:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give a period with a start before its end.</source>
        <translation>Indica un periodo cuyo inicio sea anterior a su final.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&apos;{cause}&apos; is not a cause the desk knows.</source>
        <translation>«{cause}» no es una causa que conozca el sistema.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That order line does not exist (any more).</source>
        <translation>Esa línea de pedido no existe (o ya no existe).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The claim is in warranty: the repair is free already.</source>
        <translation>La reclamación está en garantía: la reparación ya es gratuita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The free part of the repair cannot be more than its quote.</source>
        <translation>La parte gratuita de la reparación no puede superar su presupuesto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why in the reason box: free or discounted repair.</source>
        <translation>Explica el motivo en la casilla de motivo: reparación gratuita o con descuento.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The refund cannot be more than was paid for the item ({paid:.2f} {currency}).</source>
        <translation>El reembolso no puede superar lo que se pagó por el artículo ({paid:.2f} {currency}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not assessed</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim {case} is {entitlement}: a replacement the customer does not pay for is a goodwill decision. Record a paid repair, or reject the claim and ask for the gesture as goodwill.</source>
        <translation>La reclamación {case} está en situación {entitlement}: una sustitución que no paga el cliente es una decisión de gesto comercial. Registra una reparación de pago, o rechaza la reclamación y pide el gesto como gesto comercial.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Claim {case} is {entitlement}: a refund the customer does not pay for is a goodwill decision. Record a paid repair, or reject the claim and ask for the gesture as goodwill.</source>
        <translation>La reclamación {case} está en situación {entitlement}: un reembolso que no paga el cliente es una decisión de gesto comercial. Registra una reparación de pago, o rechaza la reclamación y pide el gesto como gesto comercial.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>That technician does not exist or no longer works here.</source>
        <translation>Ese técnico no existe o ya no trabaja aquí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose who bears the cost: the store, the supplier, the brand or the customer.</source>
        <translation>Elige quién asume el coste: la tienda, el proveedor, la marca o el cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charged to</source>
        <translation>Se factura a</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{case} is not a warranty claim.</source>
        <translation>{case} no es una reclamación de garantía.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desk/ui/cases/dialogs.py" line="+58"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Guardar (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The case on screen has been reloaded: check it, then save again.</source>
        <translation>El caso en pantalla se ha vuelto a cargar: revísalo y vuelve a guardar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close without saving? What you typed will be lost.</source>
        <translation>¿Cerrar sin guardar? Se perderá lo que has escrito.</translation>
    </message>
</context>
<context>
    <name>ApprovalDetail</name>
    <message>
        <location filename="../../desk/ui/approvals/detail.py" line="+37"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lifetime spend</source>
        <translation>Gasto total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill, 12 months</source>
        <translation>Gestos comerciales, 12 meses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In their words</source>
        <translation>En sus palabras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past the window</source>
        <translation>Fuera de plazo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asked by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs</source>
        <translation>Requiere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deciding for</source>
        <translation>Decide por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>for {customer}</source>
        <translation>para {customer}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a {role}</source>
        <translation>un {role}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (you are their delegate)</source>
        <translation>{name} (eres su delegado)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no purchases on record</source>
        <translation>sin compras registradas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Moved up: nobody decided it in time at the level below.</source>
        <translation>Escalada: nadie la decidió a tiempo en el nivel inferior.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder sent: it has been waiting a while.</source>
        <translation>Recordatorio enviado: lleva un tiempo esperando.</translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <location filename="../../desk/ui/approvals/panel.py" line="+112"/>
        <location line="+154"/>
        <source>To decide</source>
        <translation>Por decidir</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Requests waiting for your decision</source>
        <translation>Solicitudes que esperan tu decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+156"/>
        <source>My requests</source>
        <translation>Mis solicitudes</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>What you asked for, and the answers</source>
        <translation>Lo que has solicitado y las respuestas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delegate…</source>
        <translation>&amp;Delegar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let a colleague decide your requests while you are away</source>
        <translation>Deja que un compañero decida tus solicitudes mientras no estás</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to decide.
Requests above your team&apos;s limits appear here the moment they are made.</source>
        <translation>Nada por decidir.
Las solicitudes que superan los límites de tu equipo aparecen aquí en cuanto se hacen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No requests of yours in the last {days} days.
When something you grant is above your limit, it waits here until someone answers.</source>
        <translation>No tienes solicitudes en los últimos {days} días.
Cuando lo que concedes supera tu límite, espera aquí hasta que alguien responda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approve the selected request (Ctrl+Enter)</source>
        <translation>Aprobar la solicitud seleccionada (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject it, with a reason for the requester</source>
        <translation>Rechazarla, con un motivo para quien la pidió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Withdraw…</source>
        <translation>Re&amp;tirar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take your request back</source>
        <translation>Retirar tu solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the case</source>
        <translation>A&amp;brir el caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the case this request belongs to</source>
        <translation>Abrir el caso al que pertenece esta solicitud</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>To decide ({n})</source>
        <translation>Por decidir ({n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My requests ({n})</source>
        <translation>Mis solicitudes ({n})</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Could not reload: {reason}</source>
        <translation>No se pudo recargar: {reason}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Approved: {what}. {name} is told at once.</source>
        <translation>Aprobada: {what}. Se avisa a {name} al momento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected: {what}. {name} is told at once, with your reason.</source>
        <translation>Rechazada: {what}. Se avisa a {name} al momento, con tu motivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn: {what}.</source>
        <translation>Retirada: {what}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list has been reloaded.</source>
        <translation>La lista se ha vuelto a cargar.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../desk/ui/cases/dialogs.py" line="+59"/>
        <source>Assign the repair</source>
        <translation>Asignar la reparación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody in the shop (repair centre only)</source>
        <translation>Nadie de la tienda (solo servicio técnico)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. SAT Bosch Barcelona</source>
        <translation>p. ej. SAT Bosch Barcelona</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Technician</source>
        <translation>&amp;Técnico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair &amp;centre</source>
        <translation>&amp;Servicio técnico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due by</source>
        <translation>&amp;Fecha límite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This date has passed: choose the new one you can promise the customer.</source>
        <translation>Esta fecha ya ha pasado: elige la nueva que puedas prometer al cliente.</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../desk/ui/warranty/attachments.py" line="+84"/>
        <source>Add photos or fi&amp;les…</source>
        <translation>Añadir fotos o ar&amp;chivos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen file (Delete)</source>
        <translation>Quitar el archivo elegido (Supr)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.webp *.pdf *.docx *.txt);;All files (*)</source>
        <translation>Fotos y documentos (*.jpg *.jpeg *.png *.heic *.webp *.pdf *.docx *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos or files for the claim</source>
        <translation>Fotos o archivos para la reclamación</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../desk/ui/cases/header.py" line="+81"/>
        <source>No customer on file</source>
        <translation>Sin cliente registrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened {when}</source>
        <translation>Abierto {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened {when} by {name}</source>
        <translation>Abierto {when} por {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to {name}</source>
        <translation>Asignado a {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel: {channel}</source>
        <translation>Canal: {channel}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closed {when}</source>
        <translation>Cerrado {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue: was due {day}</source>
        <translation>Vencido: vencía el {day}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due {day}</source>
        <translation>Vence el {day}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>another product</source>
        <translation>otro producto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange for {product}</source>
        <translation>Cambio por {product}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the customer pays {amount}</source>
        <translation>el cliente paga {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the customer gets back {amount}</source>
        <translation>se devuelven {amount} al cliente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refund {amount} to {method}</source>
        <translation>Reembolso de {amount} a {method}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>original payment</source>
        <translation>pago original</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>restocking fee {amount} kept</source>
        <translation>se retiene un cargo de reposición de {amount}</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../desk/ui/cases/my_cases.py" line="+88"/>
        <source>waiting for approval</source>
        <translation>pendiente de aprobación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>due {day} (overdue)</source>
        <translation>vence el {day} (vencido)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>due {day}</source>
        <translation>vence el {day}</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../../desk/ui/cases/window.py" line="+80"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+116"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Sur&amp;vey…</source>
        <translation>En&amp;cuesta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the customer&apos;s survey answers, or that the survey was sent</source>
        <translation>Registrar las respuestas de la encuesta del cliente, o que se le envió</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Op&amp;en</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the selected document (Enter)</source>
        <translation>Abrir el documento seleccionado (Intro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prin&amp;t</source>
        <translation>Im&amp;primir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the selected document</source>
        <translation>Imprimir el documento seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach &amp;files…</source>
        <translation>Adjuntar a&amp;rchivos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach photos or documents to the case (Alt+F)</source>
        <translation>Adjuntar fotos o documentos al caso (Alt+F)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Up to date at {time} · F5 reloads</source>
        <translation>Actualizado a las {time} · F5 recarga</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case not shown</source>
        <translation>Caso no mostrado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot be settled yet:</source>
        <translation>Aún no se puede liquidar:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting for approval:</source>
        <translation>Pendiente de aprobación:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Refund {amount}</source>
        <translation>&amp;Reembolsar {amount}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The case has been reloaded with the latest changes.</source>
        <translation>El caso se ha vuelto a cargar con los últimos cambios.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Survey recorded</source>
        <translation>Encuesta registrada</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Opened {name}</source>
        <translation>Abierto {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attach files to {number}</source>
        <translation>Adjuntar archivos a {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx *.txt);;All files (*)</source>
        <translation>Fotos y documentos (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 file attached</source>
        <translation>1 archivo adjuntado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} files attached</source>
        <translation>{count} archivos adjuntados</translation>
    </message>
</context>
<context>
    <name>CustomerHeaderWidget</name>
    <message>
        <location filename="../../desk/ui/customer/header.py" line="+41"/>
        <source>Lifetime spend</source>
        <translation>Gasto total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases</source>
        <translation>Casos abiertos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill, last 12 months</source>
        <translation>Gestos comerciales, últimos 12 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer since {date}</source>
        <translation>Cliente desde {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None yet</source>
        <translation>Ninguno todavía</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>last {when}</source>
        <translation>último {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No phone, email or address on file</source>
        <translation>Sin teléfono, correo ni dirección registrados</translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <location filename="../../desk/ui/customer/view.py" line="+64"/>
        <source>Log a contact   Ctrl+L</source>
        <translation>Registrar un contacto   Ctrl+L</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log a contact with this customer (Ctrl+L)</source>
        <translation>Registrar un contacto con este cliente (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return…   Ctrl+R</source>
        <translation>Devolución…   Ctrl+R</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take a return from this customer (Ctrl+R)</source>
        <translation>Tramitar una devolución de este cliente (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty claim…   Ctrl+G</source>
        <translation>Garantía…   Ctrl+G</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take a warranty claim from this customer (Ctrl+G)</source>
        <translation>Tramitar una reclamación de garantía de este cliente (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goodwill…   Ctrl+D</source>
        <translation>Gesto comercial…   Ctrl+D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A voucher, refund, free repair or fee waived for this customer (Ctrl+D)</source>
        <translation>Un vale, reembolso, reparación gratuita o cargo condonado para este cliente (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Find a customer on the left, then open them to see their whole history here.</source>
        <translation>Busca un cliente a la izquierda y ábrelo para ver aquí todo su historial.</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../desk/ui/dashboard/window.py" line="+49"/>
        <source>Cases opened</source>
        <translation>Casos abiertos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases opened in the period</source>
        <translation>Casos abiertos en el periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases resolved</source>
        <translation>Casos resueltos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases that reached a final state in the period (cancelled ones excluded)</source>
        <translation>Casos que llegaron a un estado final en el periodo (sin contar los cancelados)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median time to resolution</source>
        <translation>Mediana del tiempo de resolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half the cases resolved were resolved faster than this</source>
        <translation>La mitad de los casos resueltos se resolvieron en menos tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90th percentile</source>
        <translation>Percentil 90</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nine in ten cases resolved were resolved at least this fast</source>
        <translation>Nueve de cada diez casos resueltos se resolvieron al menos así de rápido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-contact resolution</source>
        <translation>Resolución en el primer contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved cases on which the customer contacted us at most once</source>
        <translation>Casos resueltos en los que el cliente nos contactó como máximo una vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recurrence within 30 days</source>
        <translation>Reincidencia en 30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved cases whose customer came back within 30 days</source>
        <translation>Casos resueltos cuyo cliente volvió antes de 30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill against budget</source>
        <translation>Gestos comerciales frente al presupuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill granted, against what the staff may grant per day × days</source>
        <translation>Gestos comerciales concedidos, frente a lo que el personal puede conceder por día × días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval turnaround</source>
        <translation>Tiempo de aprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median (and 90th percentile) time from request to decision</source>
        <translation>Mediana (y percentil 90) del tiempo entre solicitud y decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of answers 4 or 5, and the mean (1-5)</source>
        <translation>Proporción de respuestas 4 o 5, y la media (1-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer effort</source>
        <translation>Esfuerzo del cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean Customer Effort Score (1-7, higher is easier)</source>
        <translation>Media del índice de esfuerzo del cliente (1-7, más alto es más fácil)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% promoters (9-10) − % detractors (0-6)</source>
        <translation>% promotores (9-10) − % detractores (0-6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys</source>
        <translation>Encuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys answered and sent in the period</source>
        <translation>Encuestas respondidas y enviadas en el periodo</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Service figures</source>
        <translation>Cifras del servicio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All stores</source>
        <translation>Todas las tiendas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All staff</source>
        <translation>Todo el personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Excel…</source>
        <translation>Exportar Excel…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store / team</source>
        <translation>Tienda / equipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Figures from {start} to {end} (UTC days) · F5 reloads</source>
        <translation>Cifras del {start} al {end} (días UTC) · F5 recarga</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>time to resolution</source>
        <translation>tiempo de resolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} resolved</source>
        <translation>{n} de {total} resueltos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} cases</source>
        <translation>{n} casos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{granted} of {budget}</source>
        <translation>{granted} de {budget}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>granted · budgets are per store</source>
        <translation>concedido · los presupuestos son por tienda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>granted · no budget set (desk-admin set-budget)</source>
        <translation>concedido · sin presupuesto fijado (desk-admin set-budget)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p90 {p90} · {n} decided</source>
        <translation>p90 {p90} · {n} decididas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean {mean} · {n} answers</source>
        <translation>media {mean} · {n} respuestas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} answers</source>
        <translation>{n} respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{p} promoters · {d} detractors</source>
        <translation>{p} promotores · {d} detractores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>answered · {n} sent</source>
        <translation>respondidas · {n} enviadas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the figures</source>
        <translation>Exportar las cifras</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} could not be written ({why}).</source>
        <translation>No se pudo escribir {name} ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {name}</source>
        <translation>Guardado {name}</translation>
    </message>
</context>
<context>
    <name>DecisionsSection</name>
    <message>
        <location filename="../../desk/ui/cases/sections.py" line="+170"/>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Asked {when}</source>
        <translation>Solicitado {when}</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <location filename="../../desk/ui/approvals/delegate.py" line="+47"/>
        <source>Delegate approvals</source>
        <translation>Delegar aprobaciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>While you are away, a colleague can decide the requests you could decide. You can still decide them yourself, and you can end it at any time.</source>
        <translation>Mientras no estás, un compañero puede decidir las solicitudes que podrías decidir tú. Tú también puedes seguir decidiéndolas y puedes terminar la delegación cuando quieras.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name or user name</source>
        <translation>Nombre o nombre de usuario</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;until</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delegate</source>
        <translation>&amp;Delegar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Colleague</source>
        <translation>&amp;Compañero</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In force or planned</source>
        <translation>Vigentes o previstas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No delegation given or received.</source>
        <translation>No has dado ni recibido ninguna delegación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Revocar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the selected delegation you gave, now</source>
        <translation>Terminar ahora la delegación seleccionada que diste</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Choose the colleague who decides while you are away.</source>
        <translation>Elige el compañero que decide mientras no estás.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} can decide for you from {first} until {last}.</source>
        <translation>{name} puede decidir por ti del {first} al {last}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The delegation has ended.</source>
        <translation>La delegación ha terminado.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} decides for you · {span}</source>
        <translation>{name} decide por ti · {span}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You decide for {name} · {span}</source>
        <translation>Tú decides por {name} · {span}</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <location filename="../../desk/ui/cases/sections.py" line="+82"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No documents yet: print a letter or attach a photo.</source>
        <translation>Aún no hay documentos: imprime una carta o adjunta una foto.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attached file</source>
        <translation>Archivo adjunto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../desk/ui/warranty/done.py" line="+46"/>
        <source>&amp;Print intake form</source>
        <translation>&amp;Imprimir hoja de recepción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Claim {number} opened — {outcome}</source>
        <translation>Reclamación {number} abierta — {outcome}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State: {state}</source>
        <translation>Estado: {state}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due by {day}</source>
        <translation>con fecha límite el {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The claim waits for the item: ask the customer to bring or send it.</source>
        <translation>La reclamación espera el artículo: pide al cliente que lo traiga o lo envíe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item is at the counter: print the intake form for the customer to sign.</source>
        <translation>El artículo está en el mostrador: imprime la hoja de recepción para que la firme el cliente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ The store&apos;s part of the repair ({amount}) is granted by you.</source>
        <translation>✓ La parte de la reparación que asume la tienda ({amount}) la concedes tú.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>! The store&apos;s part of the repair ({amount}) was sent for approval to {role}; the repair cannot be settled before.</source>
        <translation>! La parte de la reparación que asume la tienda ({amount}) se ha enviado para su aprobación a {role}; la reparación no se puede liquidar antes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In warranty until {day}</source>
        <translation>En garantía hasta el {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of warranty: cover ended on {day}</source>
        <translation>Fuera de garantía: la cobertura terminó el {day}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preparing the intake form…</source>
        <translation>Preparando la hoja de recepción…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The intake form was sent to the printer.</source>
        <translation>La hoja de recepción se ha enviado a la impresora.</translation>
    </message>
</context>
<context>
    <name>EvaluationBox</name>
    <message>
        <location filename="../../desk/ui/goodwill/evaluation.py" line="+63"/>
        <source>Within your limits: you grant it yourself</source>
        <translation>Dentro de tus límites: lo concedes tú</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goes to {role} for approval</source>
        <translation>Pasa a {role} para su aprobación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody may grant this</source>
        <translation>Nadie puede conceder esto</translation>
    </message>
</context>
<context>
    <name>GoodwillDialog</name>
    <message>
        <location filename="../../desk/ui/goodwill/dialog.py" line="+80"/>
        <location line="+43"/>
        <source>Goodwill for {name}</source>
        <translation>Gesto comercial para {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. 40 or 40,50</source>
        <translation>p. ej. 40 o 40,50</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose why…</source>
        <translation>Elige el motivo…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;What to give</source>
        <translation>&amp;Qué se da</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A&amp;mount</source>
        <translation>I&amp;mporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hannel</source>
        <translation>C&amp;anal</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <location line="+116"/>
        <source>Grant</source>
        <translation>Conceder</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+116"/>
        <source>Ask for approval</source>
        <translation>Pedir aprobación</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+220"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>Recorded as a gesture about the case it was opened from.</source>
        <translation>Se registra como un gesto sobre el caso desde el que se abrió.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>In your w&amp;ords
(required)</source>
        <translation>Con tus pa&amp;labras
(obligatorio)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In your w&amp;ords</source>
        <translation>Con tus pa&amp;labras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required for “Other”: say why in a few words. The approver and the reports read it.</source>
        <translation>Obligatorio con «Otro»: explica el motivo en pocas palabras. Lo leen quien aprueba y los informes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, what the customer said. Whoever approves it reads this.</source>
        <translation>Qué pasó y qué dijo el cliente. Quien lo apruebe lo leerá.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the amount: this box says whether it is yours to grant, or who approves it.</source>
        <translation>Escribe el importe: este recuadro indica si puedes concederlo tú o quién lo aprueba.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Send it to be approved (Ctrl+Enter)</source>
        <translation>Enviarlo para su aprobación (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant it now (Ctrl+Enter)</source>
        <translation>Concederlo ahora (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the amount, or choose another gesture.</source>
        <translation>Baja el importe o elige otro gesto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter asks for approval</source>
        <translation>Ctrl+Intro pide aprobación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Enter grants</source>
        <translation>Ctrl+Intro concede</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Nothing was saved: nobody may grant this amount. Lower it, or choose another gesture.</source>
        <translation>No se ha guardado nada: nadie puede conceder este importe. Bájalo o elige otro gesto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Other” needs a few words: say why in “In your words”.</source>
        <translation>«Otro» necesita unas palabras: explica el motivo en «Con tus palabras».</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nothing was saved. {reason}</source>
        <translation>No se ha guardado nada. {reason}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Close without saving the goodwill? What you typed will be lost.</source>
        <translation>¿Cerrar sin guardar el gesto comercial? Se perderá lo que has escrito.</translation>
    </message>
</context>
<context>
    <name>GoodwillDonePage</name>
    <message>
        <location filename="../../desk/ui/goodwill/done_page.py" line="+62"/>
        <source>&amp;Open the case</source>
        <translation>A&amp;brir el caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Granted: {what} ({number})</source>
        <translation>Concedido: {what} ({number})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: {reason}. Granted by you; the case is closed.</source>
        <translation>Motivo: {reason}. Lo has concedido tú; el caso está cerrado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is on the customer&apos;s history now. Tell the customer what they get.</source>
        <translation>Ya consta en el historial del cliente. Explica al cliente lo que recibe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent for approval to {role}</source>
        <translation>Enviado para su aprobación a {role}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} · case {number} · reason: {reason}</source>
        <translation>{what} · caso {number} · motivo: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is given until it is approved: tell the customer it is being reviewed. The answer shows on the case and on the customer&apos;s history.</source>
        <translation>No se da nada hasta que se apruebe: dile al cliente que se está revisando. La respuesta aparecerá en el caso y en el historial del cliente.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Print the letter</source>
        <translation>&amp;Imprimir la carta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print: {title}</source>
        <translation>Imprimir: {title}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preparing the letter…</source>
        <translation>Preparando la carta…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter was sent to the printer.</source>
        <translation>La carta se ha enviado a la impresora.</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <location filename="../../desk/ui/cases/sections.py" line="+21"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing yet.</source>
        <translation>Todavía nada.</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <location filename="../../desk/ui/warranty/item_picker.py" line="+70"/>
        <source>Sca&amp;n or type the serial, order or receipt number</source>
        <translation>Esca&amp;nea o escribe el número de serie, de pedido o de tique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. SN-4411-AB, PED-2026-0042 or T-0815</source>
        <translation>p. ej. SN-4411-AB, PED-2026-0042 o T-0815</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Purchases of {name}</source>
        <translation>&amp;Compras de {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading the purchases…</source>
        <translation>Cargando las compras…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No&amp;t bought here / no proof of purchase</source>
        <translation>No comprado aquí / sin &amp;tique de compra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is the ite&amp;m? Brand, model, colour</source>
        <translation>¿Qué artícul&amp;o es? Marca, modelo, color</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Cafetera Krups EA8108 negra, comprada en otra tienda</source>
        <translation>p. ej. Cafetera Krups EA8108 negra, comprada en otra tienda</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No purchases on file for this customer: scan the receipt or the serial, or tick “Not bought here”.</source>
        <translation>Este cliente no tiene compras registradas: escanea el tique o el número de serie, o marca «No comprado aquí».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{product} (other customer)</source>
        <translation>{product} (otro cliente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{product} (till sale)</source>
        <translation>{product} (venta en caja)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S/N {serial}</source>
        <translation>N/S {serial}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no serial</source>
        <translation>sin número de serie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{product} (returned)</source>
        <translation>{product} (devuelto)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{product} · SKU {sku} · {channel} · {months} months of brand warranty</source>
        <translation>{product} · SKU {sku} · {channel} · {months} meses de garantía del fabricante</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Looking up “{typed}”…</source>
        <translation>Buscando «{typed}»…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was sold with the number “{typed}”. Check it, choose from the list, or tick “Not bought here”.</source>
        <translation>No se vendió nada con el número «{typed}». Compruébalo, elige de la lista o marca «No comprado aquí».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order {order} has {count} items: choose the one brought in (↑ ↓).</source>
        <translation>El pedido {order} tiene {count} artículos: elige el que ha traído (↑ ↓).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order {order} has no customer on file: the claim is taken for {name}.</source>
        <translation>El pedido {order} no tiene cliente registrado: la reclamación se tramita para {name}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bought by another customer (order {order}). Check the proof of purchase: the claim is taken for {name}.</source>
        <translation>Lo compró otro cliente (pedido {order}). Comprueba el tique de compra: la reclamación se tramita para {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Found: {product}, order {order}.</source>
        <translation>Encontrado: {product}, pedido {order}.</translation>
    </message>
</context>
<context>
    <name>LimitForm</name>
    <message>
        <location filename="../../desk/ui/admin/limit_form.py" line="+56"/>
        <source>e.g. 60,00 (required)</source>
        <translation>p. ej. 60,00 (obligatorio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>empty: no cap</source>
        <translation>vacío: sin tope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 to 365; empty: no cap</source>
        <translation>de 0 a 365; vacío: sin tope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most per &amp;decision</source>
        <translation>Máximo por &amp;decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most per agent per d&amp;ay</source>
        <translation>Máximo por agente y d&amp;ía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most per customer over &amp;12 months</source>
        <translation>Máximo por cliente en &amp;12 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days past the return &amp;window</source>
        <translation>Días fuera del &amp;plazo de devolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts as 1500,00 or 1500.00. An empty box means no cap; 0 sends every such decision for approval.</source>
        <translation>Importes como 1500,00 o 1500.00. Un recuadro vacío significa sin tope; 0 envía todas esas decisiones a aprobación.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+124"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Guardar (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose or type a user name</source>
        <translation>Elige o escribe un nombre de usuario</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a personal override</source>
        <translation>Añadir un límite personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person&apos;s own limit for one kind of decision: it replaces their role&apos;s limit for that kind and currency, higher or lower.</source>
        <translation>El límite propio de la persona para un tipo de decisión: sustituye al límite de su rol para ese tipo y moneda, sea mayor o menor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change a limit</source>
        <translation>Cambiar un límite</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Per decision</source>
        <translation>Por decisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per agent per day</source>
        <translation>Por agente y día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per customer over 12 months</source>
        <translation>Por cliente en 12 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days past the return window</source>
        <translation>Días fuera del plazo de devolución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the colleague whose limit this is.</source>
        <translation>Elige el compañero al que corresponde este límite.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close without saving? What you typed will be lost.</source>
        <translation>¿Cerrar sin guardar? Se perderá lo que has escrito.</translation>
    </message>
</context>
<context>
    <name>LimitsDialog</name>
    <message>
        <location filename="../../desk/ui/admin/limits.py" line="+74"/>
        <location line="+11"/>
        <source>Empowerment limits</source>
        <translation>Límites de autorización</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the selected limit (Enter)</source>
        <translation>Cambiar el límite seleccionado (Intro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add personal override…</source>
        <translation>&amp;Añadir límite personal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give one colleague a limit of their own (Alt+A)</source>
        <translation>Dar a un compañero un límite propio (Alt+A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove override</source>
        <translation>&amp;Quitar límite personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their role&apos;s limit applies again (Delete)</source>
        <translation>Vuelve a aplicarse el límite de su rol (Supr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>What each role may grant without asking for approval. A personal override replaces its person&apos;s role limit for that kind and currency. An empty cell means no cap; above a limit, the request goes to the lowest role whose limit covers it.</source>
        <translation>Lo que cada rol puede conceder sin pedir aprobación. Un límite personal sustituye al límite del rol de esa persona para ese tipo y moneda. Una celda vacía significa sin tope; por encima de un límite, la solicitud pasa al rol más bajo cuyo límite la cubre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read only: only an administrator can change the limits. Ask one if a limit is in your way; meanwhile, anything above your limit goes for approval.</source>
        <translation>Solo lectura: solo un administrador puede cambiar los límites. Pídeselo si un límite te estorba; mientras tanto, lo que supere tu límite pasa a aprobación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per
decision</source>
        <translation>Por
decisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per agent
per day</source>
        <translation>Por agente
y día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per customer
over 12 months</source>
        <translation>Por cliente
en 12 meses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days past
the window</source>
        <translation>Días fuera
de plazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{count} limits</source>
        <translation>{count} límites</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{person} · personal override</source>
        <translation>{person} · límite personal</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+6"/>
        <source>no cap</source>
        <translation>sin tope</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove {person}&apos;s own limit for {kind} in {currency}? Their role&apos;s limit applies again from their next decision.</source>
        <translation>¿Quitar el límite propio de {person} para {kind} en {currency}? El límite de su rol vuelve a aplicarse desde su próxima decisión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove override</source>
        <translation>Quitar límite personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Mantenerlo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Override removed.</source>
        <translation>Límite personal quitado.</translation>
    </message>
</context>
<context>
    <name>LinesSection</name>
    <message>
        <location filename="../../desk/ui/cases/sections.py" line="-242"/>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial</source>
        <translation>N.º de serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fee</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>waived</source>
        <translation>condonado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exception</source>
        <translation>Excepción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Customer&apos;s reason: {reason}</source>
        <translation>Motivo del cliente: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted as an exception to the rules.</source>
        <translation>Aceptado como excepción a las normas.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desk/ui/session_lock.py" line="+69"/>
        <source>Posventa Desk — locked</source>
        <translation>Posventa Desk — bloqueado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This desk is locked</source>
        <translation>Este puesto está bloqueado</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+100"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{name} is signed in</source>
        <translation>{name} ha iniciado sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Password for {name}</source>
        <translation>&amp;Contraseña de {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locked at {time}. Everything you had open is kept as it was.</source>
        <translation>Bloqueado a las {time}. Todo lo que tenías abierto se mantiene como estaba.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked at {time} after a minute without use. Everything you had open is kept as it was.</source>
        <translation>Bloqueado a las {time} tras un minuto sin uso. Todo lo que tenías abierto se mantiene como estaba.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked at {time} after {minutes} minutes without use. Everything you had open is kept as it was.</source>
        <translation>Bloqueado a las {time} tras {minutes} minutos sin uso. Todo lo que tenías abierto se mantiene como estaba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked at {time} after a while without use. Everything you had open is kept as it was.</source>
        <translation>Bloqueado a las {time} tras un rato sin uso. Todo lo que tenías abierto se mantiene como estaba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 form is open: what was typed in it and not saved will be lost.</source>
        <translation>Hay 1 formulario abierto: se perderá lo escrito en él que no se haya guardado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} forms are open: what was typed in them and not saved will be lost.</source>
        <translation>Hay {n} formularios abiertos: se perderá lo escrito en ellos que no se haya guardado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No form is open.</source>
        <translation>No hay ningún formulario abierto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not {name}, or leaving? Sign out closes the desk. {lost}</source>
        <translation>¿No eres {name} o te vas? Cerrar sesión cierra el programa. {lost}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <location filename="../../desk/ui/customer/log_contact.py" line="+39"/>
        <source>Product fault</source>
        <translation>Avería del producto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return request</source>
        <translation>Solicitud de devolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery problem</source>
        <translation>Problema de entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice question</source>
        <translation>Consulta de factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>Queja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty question</source>
        <translation>Consulta de garantía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case opened</source>
        <translation>Caso abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call back</source>
        <translation>Devolver la llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information given</source>
        <translation>Información dada</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Log a contact with {name}</source>
        <translation>Registrar un contacto con {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Why did the customer get in touch?</source>
        <translation>¿Por qué se puso en contacto el cliente?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was said and done</source>
        <translation>Qué se dijo y qué se hizo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How did it end?</source>
        <translation>¿Cómo terminó?</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+112"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Save the contact (Ctrl+Enter)</source>
        <translation>Guardar el contacto (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary</source>
        <translation>Re&amp;sumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The contact was not saved. {reason}</source>
        <translation>El contacto no se ha guardado. {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close without saving? What you typed will be lost.</source>
        <translation>¿Cerrar sin guardar? Se perderá lo que has escrito.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desk/ui/login.py" line="+37"/>
        <source>Posventa Desk — sign in</source>
        <translation>Posventa Desk — iniciar sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posventa Desk</source>
        <translation>Posventa Desk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Remember my password on this computer</source>
        <translation>&amp;Recordar mi contraseña en este ordenador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no secure password store: the desk asks for your password every time.</source>
        <translation>Este ordenador no tiene un almacén seguro de contraseñas: el programa te pedirá la contraseña cada vez.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;User name</source>
        <translation>&amp;Nombre de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type your user name.</source>
        <translation>Escribe tu nombre de usuario.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk/ui/main_window.py" line="+74"/>
        <location line="+233"/>
        <source>Posventa Desk</source>
        <translation>Posventa Desk</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;cases</source>
        <translation>Mis &amp;casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cases on your name (Ctrl+M)</source>
        <translation>Los casos a tu nombre (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+136"/>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Requests waiting for your decision, and your own (Ctrl+Shift+A)</source>
        <translation>Solicitudes que esperan tu decisión, y las tuyas (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Empowerment limits…</source>
        <translation>Límites de autorización…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the desk now (Ctrl+Shift+L, from any window); your password unlocks it with everything as it was</source>
        <translation>Bloquear el puesto ahora (Ctrl+Mayús+L, desde cualquier ventana); tu contraseña lo desbloquea con todo como estaba</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The store this computer stands in, as chosen in the settings</source>
        <translation>La tienda en la que está este ordenador, según la configuración</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>At {code} (unknown store)</source>
        <translation>En {code} (tienda desconocida)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At {name}</source>
        <translation>En {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Approvals ({n})</source>
        <translation>Aprobaciones ({n})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Answers ({n})</source>
        <translation>Respuestas ({n})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed in as {name} ({role})</source>
        <translation>Sesión iniciada como {name} ({role})</translation>
    </message>
</context>
<context>
    <name>MyCasesPanel</name>
    <message>
        <location filename="../../desk/ui/cases/my_cases.py" line="+14"/>
        <source>My open cases</source>
        <translation>Mis casos abiertos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue warranty claims</source>
        <translation>Garantías vencidas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sho&amp;w</source>
        <translation>Mo&amp;strar</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No warranty claim is overdue.</source>
        <translation>No hay ninguna garantía vencida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing open on your name. Cases you take or are given show up here.</source>
        <translation>No tienes nada abierto a tu nombre. Aquí aparecen los casos que tomas o que te asignan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 case</source>
        <translation>1 caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} cases</source>
        <translation>{count} casos</translation>
    </message>
</context>
<context>
    <name>PurchasesModel</name>
    <message>
        <location filename="../../desk/ui/returns/purchases.py" line="+30"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bought</source>
        <translation>Comprado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returnable</source>
        <translation>Se puede devolver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Quedan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial sold</source>
        <translation>N.º de serie vendido</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Bought by another customer</source>
        <translation>Comprado por otro cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{product} ({sku}), {channel} order {order}</source>
        <translation>{product} ({sku}), pedido {order} ({channel})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>all returned</source>
        <translation>todo devuelto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not delivered yet</source>
        <translation>aún no entregado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until {day}</source>
        <translation>hasta el {day}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ended {day}</source>
        <translation>terminó el {day}</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desk/ui/approvals/dialogs.py" line="+41"/>
        <source>Reject the request</source>
        <translation>Rechazar la solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject {subject}, asked by {name}? {name} reads your reason at once, and it is printed on the customer&apos;s decision letter: write it for the customer, in their language.</source>
        <translation>¿Rechazar {subject}, solicitado por {name}? {name} leerá tu motivo al momento, y se imprime en la carta de decisión del cliente: escríbelo para el cliente, en su idioma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why not (required), e.g. Ya se le concedió un vale este mes.</source>
        <translation>Por qué no (obligatorio), p. ej. Ya se le concedió un vale este mes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw the request</source>
        <translation>Retirar la solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw {subject}? Nobody will be asked to decide it any more and the goodwill case is cancelled.</source>
        <translation>¿Retirar {subject}? Ya no se pedirá a nadie que lo decida y el caso de gesto comercial se cancela.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why (optional), e.g. the customer chose an exchange instead</source>
        <translation>Por qué (opcional), p. ej. el cliente prefirió un cambio</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../desk/ui/cases/dialogs.py" line="-42"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{action} (Ctrl+Enter)</source>
        <translation>{action} (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The list has been reloaded; close this window to see it.</source>
        <translation>La lista se ha vuelto a cargar; cierra esta ventana para verla.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close without saving? What you typed will be lost.</source>
        <translation>¿Cerrar sin guardar? Se perderá lo que has escrito.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/dialogs.py" line="-16"/>
        <source>Reject claim {number}</source>
        <translation>Rechazar la reclamación {number}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject claim</source>
        <translation>Rechazar la reclamación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The claim is not covered. The item still goes back to the customer afterwards.</source>
        <translation>La reclamación no está cubierta. El artículo vuelve igualmente al cliente después.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject return {number}</source>
        <translation>Rechazar la devolución {number}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject return</source>
        <translation>Rechazar la devolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The return is refused: nothing is refunded and the items stay with the customer.</source>
        <translation>Se rechaza la devolución: no se reembolsa nada y los artículos se quedan con el cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel case {number}</source>
        <translation>Cancelar el caso {number}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the case</source>
        <translation>Cancelar el caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case is closed and nothing more happens on it (taken by mistake, the customer changed their mind).</source>
        <translation>El caso se cierra y ya no se hace nada más en él (abierto por error, el cliente cambió de opinión).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why, in a sentence the customer understands</source>
        <translation>Por qué, en una frase que el cliente entienda</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location line="+65"/>
        <source>Resolve the claim</source>
        <translation>Resolver la reclamación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the technician found</source>
        <translation>Lo que encontró el técnico</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who pays for it?</source>
        <translation>¿Quién lo paga?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier or brand, e.g. BSH</source>
        <translation>Proveedor o marca, p. ej. BSH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan or type the new item&apos;s serial number</source>
        <translation>Escanea o escribe el número de serie del artículo nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 649.00</source>
        <translation>p. ej. 649,00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund &amp;amount ({currency})</source>
        <translation>&amp;Importe del reembolso ({currency})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resolution</source>
        <translation>&amp;Resolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diagnosis</source>
        <translation>&amp;Diagnóstico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New serial</source>
        <translation>&amp;Nuevo n.º de serie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost &amp;borne by</source>
        <translation>&amp;Coste a cargo de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Charged to</source>
        <translation>Car&amp;gado a</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../desk/ui/returns/dialog.py" line="+73"/>
        <source>Return for {name}</source>
        <translation>Devolución de {name}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Scan or type a receipt or order number, then Enter</source>
        <translation>Escanea o escribe un número de tique o de pedido y pulsa Intro</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading the customer&apos;s purchases…</source>
        <translation>Cargando las compras del cliente…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add to the return</source>
        <translation>&amp;Añadir a la devolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the selected purchase (Enter)</source>
        <translation>Añadir la compra seleccionada (Intro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item with &amp;no order on file…</source>
        <translation>Artículo &amp;sin pedido registrado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt lost or bought elsewhere: the refund becomes a decision</source>
        <translation>Tique perdido o comprado en otro sitio: el reembolso pasa a ser una decisión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing added yet: pick a purchase above and press Enter.</source>
        <translation>Aún no se ha añadido nada: elige una compra arriba y pulsa Intro.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search the product to give: SKU or name</source>
        <translation>Busca el producto que se entrega: SKU o nombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The customer hands the items over &amp;now</source>
        <translation>El cliente entrega los artículos a&amp;hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unticked: the return waits for the items (sent by post or courier)</source>
        <translation>Sin marcar: la devolución espera los artículos (enviados por correo o mensajería)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needed for exceptions, waived fees and items with no order on file</source>
        <translation>Necesario para excepciones, cargos condonados y artículos sin pedido registrado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refund &amp;method</source>
        <translation>&amp;Forma de reembolso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hannel</source>
        <translation>C&amp;anal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xchange for</source>
        <translation>Cam&amp;bio por</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;eason</source>
        <translation>Mo&amp;tivo</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+351"/>
        <source>Take return</source>
        <translation>Tramitar devolución</translation>
    </message>
    <message>
        <location line="-349"/>
        <source>Take the return (Ctrl+Enter)</source>
        <translation>Tramitar la devolución (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>1. What is coming back</source>
        <translation>1. Qué se devuelve</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2. The items returned</source>
        <translation>2. Los artículos devueltos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3. The money</source>
        <translation>3. El dinero</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No purchases on file: scan a receipt, or add an item with no order on file.</source>
        <translation>No hay compras registradas: escanea un tique o añade un artículo sin pedido registrado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter or double-click adds the selected purchase.</source>
        <translation>Intro o doble clic añade la compra seleccionada.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No order or receipt “{number}”.</source>
        <translation>No hay ningún pedido ni tique «{number}».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order {order} was bought by another customer.</source>
        <translation>El pedido {order} lo hizo otro cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} is listed at the top.</source>
        <translation>El pedido {order} aparece arriba del todo.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No product matches</source>
        <translation>Ningún producto coincide</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Value {value} · fees {fees} · &lt;b&gt;refund {refund}&lt;/b&gt;</source>
        <translation>Valor {value} · cargos {fees} · &lt;b&gt;reembolso {refund}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exchange: the customer pays {amount}</source>
        <translation>Cambio: el cliente paga {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange: the customer gets {amount} back</source>
        <translation>Cambio: se devuelven {amount} al cliente</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add at least one item to return.</source>
        <translation>Añade al menos un artículo para devolver.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Taking…</source>
        <translation>Tramitando…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close without taking the return? What you typed will be lost.</source>
        <translation>¿Cerrar sin tramitar la devolución? Se perderá lo que has escrito.</translation>
    </message>
</context>
<context>
    <name>ReturnDonePage</name>
    <message>
        <location filename="../../desk/ui/returns/done_page.py" line="+31"/>
        <location line="+32"/>
        <source>&amp;Refund now</source>
        <translation>&amp;Reembolsar ahora</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>&amp;Print the receipt</source>
        <translation>&amp;Imprimir el justificante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open the case</source>
        <translation>A&amp;brir el caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Return {number} taken</source>
        <translation>Devolución {number} tramitada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complete the &amp;exchange</source>
        <translation>Completar el &amp;cambio</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>State: {state}. Exchange: the customer {what} {amount}.</source>
        <translation>Estado: {state}. Cambio: al cliente {what} {amount}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pays</source>
        <translation>le toca pagar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gets back</source>
        <translation>se le devuelven</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State: {state}. Refund {refund} to {method}.</source>
        <translation>Estado: {state}. Reembolso de {refund} a {method}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Granted by you: {what}.</source>
        <translation>Concedido por ti: {what}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for approval before the money goes back: {what}.</source>
        <translation>Pendiente de aprobación antes de devolver el dinero: {what}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The return waits for the items; refund it once they arrive.</source>
        <translation>La devolución espera los artículos; reembólsala cuando lleguen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exchanged: hand over the new product.</source>
        <translation>Cambiado: entrega el producto nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded: the money is on its way back.</source>
        <translation>Reembolsado: el dinero está en camino.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preparing the receipt…</source>
        <translation>Preparando el justificante…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt sent.</source>
        <translation>Justificante enviado.</translation>
    </message>
</context>
<context>
    <name>ReturnLineEditor</name>
    <message>
        <location filename="../../desk/ui/returns/line_editor.py" line="+40"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Condition?</source>
        <translation>¿Estado?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan the serial number</source>
        <translation>Escanea el número de serie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why is it coming back? (explains an exception too)</source>
        <translation>¿Por qué se devuelve? (también justifica una excepción)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept as an e&amp;xception</source>
        <translation>Aceptar como e&amp;xcepción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take it back although the rules do not: a decision that may need approval</source>
        <translation>Aceptarlo aunque las normas no lo permitan: una decisión que puede necesitar aprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Waive the fee</source>
        <translation>&amp;Condonar el cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this item out of the return</source>
        <translation>Dejar este artículo fuera de la devolución</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is it? (brand, model)</source>
        <translation>¿Qué es? (marca, modelo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund per item, e.g. 35,50</source>
        <translation>Reembolso por unidad, p. ej. 35,50</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Item with no order on file</source>
        <translation>Artículo sin pedido registrado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{product} · order {order} · {left} of {bought} can come back</source>
        <translation>{product} · pedido {order} · se pueden devolver {left} de {bought}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>refund {refund}</source>
        <translation>reembolso {refund}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fee {fee} waived</source>
        <translation>cargo de {fee} condonado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fee {fee}</source>
        <translation>cargo de {fee}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>as an exception: say why, on the line or below</source>
        <translation>como excepción: explica el motivo en la línea o debajo</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desk/ui/search/panel.py" line="+42"/>
        <source>Name, phone, email, order, serial… (Ctrl+K)</source>
        <translation>Nombre, teléfono, correo, pedido, n.º de serie… (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a customer by name, phone, email, order, receipt, serial or case number. Ctrl+K or Ctrl+F from anywhere.</source>
        <translation>Busca un cliente por nombre, teléfono, correo, pedido, tique, número de serie o número de caso. Ctrl+K o Ctrl+F desde cualquier sitio.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+27"/>
        <source>Find a customer by name, phone, email, order, receipt, serial or case number.</source>
        <translation>Busca un cliente por nombre, teléfono, correo, pedido, tique, número de serie o número de caso.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type at least {n} characters.</source>
        <translation>Escribe al menos {n} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No customer matches “{query}”.</source>
        <translation>Ningún cliente coincide con «{query}».</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../desk/ui/search/results.py" line="+84"/>
        <source>Found by {what}</source>
        <translation>Encontrado por {what}</translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message>
        <location filename="../../desk/ui/session_lock.py" line="+234"/>
        <source>Type your password to unlock.</source>
        <translation>Escribe tu contraseña para desbloquear.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrong password for {name}. Type it again.</source>
        <translation>Contraseña incorrecta para {name}. Vuelve a escribirla.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="+176"/>
        <source>Posventa Desk — settings</source>
        <translation>Posventa Desk — configuración</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite file on this computer (a demo or a single store)</source>
        <translation>Archivo SQLite en este ordenador (una demo o una sola tienda)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared PostgreSQL server</source>
        <translation>Servidor PostgreSQL compartido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort</source>
        <translation>P&amp;uerto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database &amp;name</source>
        <translation>&amp;Nombre de la base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No user name or password here: each person signs in with their own login.</source>
        <translation>Aquí no va ningún usuario ni contraseña: cada persona inicia sesión con su propio usuario.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A changed database is used from the next start of the desk.</source>
        <translation>Si cambias la base de datos, se usará a partir del próximo inicio del programa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In use now: {where}.</source>
        <translation>En uso ahora: {where}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DESK_DATABASE_URL is set on this computer: it wins over the choice made here.</source>
        <translation>DESK_DATABASE_URL está definida en este ordenador: prevalece sobre lo que elijas aquí.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This workstation</source>
        <translation>Este puesto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>store code, e.g. BCN1 (empty: none)</source>
        <translation>código de tienda, p. ej. BCN1 (vacío: ninguna)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store this computer stands in. Who signs in keeps their own store for approvals; this one is the place of the desk.</source>
        <translation>La tienda en la que está este ordenador. Quien inicia sesión conserva su propia tienda para las aprobaciones; esta es el lugar del puesto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>Predeterminada del sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;tore</source>
        <translation>&amp;Tienda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A changed language is used from the next start of the desk.</source>
        <translation>Si cambias el idioma, se usará a partir del próximo inicio del programa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Printer</source>
        <translation>Im&amp;presora</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{name} (not found)</source>
        <translation>{name} (no encontrada)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Trying…</source>
        <translation>Probando…</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../desk/ui/dashboard/survey_dialog.py" line="+51"/>
        <source>Survey on {number}</source>
        <translation>Encuesta sobre {number}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The customer&apos;s own words, if any</source>
        <translation>Las palabras del propio cliente, si las hay</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Satisfaction (CSAT, 1-5)</source>
        <translation>Satisfacción (CSAT, 1-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort (CES, 1-7: 7 is easiest)</source>
        <translation>Esfuerzo (CES, 1-7: 7 es lo más fácil)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would recommend (NPS, 0-10)</source>
        <translation>Lo recomendaría (NPS, 0-10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered by</source>
        <translation>Respondida por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the answers</source>
        <translation>Registrar las respuestas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey sent</source>
        <translation>Encuesta enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note that the survey was sent to the customer (by email)</source>
        <translation>Anotar que se envió la encuesta al cliente (por correo electrónico)</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../desk/ui/customer/timeline_model.py" line="+57"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../desk/ui/customer/timeline_panel.py" line="+39"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>o&amp;n</source>
        <translation>e&amp;n</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Select an event to read it in full.</source>
        <translation>Selecciona un evento para leerlo completo.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to show with these filters.</source>
        <translation>No hay nada que mostrar con estos filtros.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>by {name}</source>
        <translation>por {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the document</source>
        <translation>Abrir el documento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the case</source>
        <translation>Abrir el caso</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../../desk/ui/warranty/verdict.py" line="+52"/>
        <source>Paid repair</source>
        <translation>Reparación de pago</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 120,00</source>
        <translation>p. ej. 120,00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needed when the store bears a part: the approver reads it</source>
        <translation>Necesario si la tienda asume una parte: lo lee quien aprueba</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reaso&amp;n for the store&apos;s part</source>
        <translation>Moti&amp;vo de la parte de la tienda</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose the item on the left: its cover shows here.</source>
        <translation>Elige el artículo a la izquierda: aquí se muestra su cobertura.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the cover…</source>
        <translation>Comprobando la cobertura…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Covered until {day}</source>
        <translation>Cubierto hasta el {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cover ended on {day}</source>
        <translation>La cobertura terminó el {day}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cover runs until {day}, for faults only</source>
        <translation>Cobertura hasta el {day}, solo para averías</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Earlier claims on this item: {numbers}</source>
        <translation>Reclamaciones anteriores de este artículo: {numbers}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Repair &amp;quote ({currency})</source>
        <translation>&amp;Presupuesto de reparación ({currency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store &amp;bears ({currency})</source>
        <translation>La tienda &amp;asume ({currency})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If the store bears a part, type it: this says whether you can grant it or who approves it.</source>
        <translation>Si la tienda asume una parte, escríbela: aquí se indica si puedes concederla tú o quién la aprueba.</translation>
    </message>
</context>
<context>
    <name>WarrantyClaimDialog</name>
    <message>
        <location filename="../../desk/ui/warranty/dialog.py" line="+136"/>
        <source>Warranty claim for {name}</source>
        <translation>Reclamación de garantía de {name}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>1  Which item</source>
        <translation>1  Qué artículo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>2  The claim</source>
        <translation>2  La reclamación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as printed on the item&apos;s label</source>
        <translation>tal como figura en la etiqueta del artículo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What fails, since when, what the customer already tried</source>
        <translation>Qué falla, desde cuándo y qué ha probado ya el cliente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>earlier case, e.g. W-2025-000123</source>
        <translation>caso anterior, p. ej. W-2025-000123</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. charger, box, remote control</source>
        <translation>p. ej. cargador, caja, mando a distancia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. scratch on the lid; none</source>
        <translation>p. ej. arañazo en la tapa; ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item &amp;received at the counter</source>
        <translation>Artículo &amp;recibido en el mostrador</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not assigned yet</source>
        <translation>Aún sin asignar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outside centre, e.g. SAT Bosch</source>
        <translation>servicio externo, p. ej. SAT Bosch</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Serial number</source>
        <translation>&amp;Número de serie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fault</source>
        <translation>&amp;Avería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cause</source>
        <translation>&amp;Causa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same fault &amp;as</source>
        <translation>Misma avería &amp;que</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acc&amp;essories</source>
        <translation>Acc&amp;esorios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visible damage</source>
        <translation>Daños &amp;visibles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tec&amp;hnician</source>
        <translation>Téc&amp;nico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repa&amp;ir centre</source>
        <translation>Servicio técn&amp;ico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due date</source>
        <translation>&amp;Fecha límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos, files</source>
        <translation>Fotos, archivos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>3  Cover</source>
        <translation>3  Cobertura</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+380"/>
        <source>&amp;Open claim</source>
        <translation>&amp;Abrir reclamación</translation>
    </message>
    <message>
        <location line="-377"/>
        <source>Open the claim (Ctrl+Enter)</source>
        <translation>Abrir la reclamación (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+Enter opens the claim</source>
        <translation>Ctrl+Intro abre la reclamación</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The rules give a claim {days} days</source>
        <translation>Las normas dan {days} días a una reclamación</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Required. Sold with {serial}: check it against the item&apos;s label.</source>
        <translation>Obligatorio. Se vendió con {serial}: compruébalo con la etiqueta del artículo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The claim will wait for the item to arrive.</source>
        <translation>La reclamación esperará a que llegue el artículo.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Store bears</source>
        <translation>La tienda asume</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose the item first: pick it from the purchases, scan its serial or receipt, or tick “Not bought here”.</source>
        <translation>Elige primero el artículo: escógelo de las compras, escanea su número de serie o su tique, o marca «No comprado aquí».</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Item: {item}</source>
        <translation>Artículo: {item}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> · serial {serial}</source>
        <translation> · n.º de serie {serial}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order {order}</source>
        <translation>Pedido {order}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault: {fault}</source>
        <translation>Avería: {fault}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cover: {reasons}</source>
        <translation>Cobertura: {reasons}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} file(s) attached</source>
        <translation>{count} archivo(s) adjunto(s)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The claim was not opened. {reason}</source>
        <translation>La reclamación no se ha abierto. {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close without opening the claim? What you typed will be lost.</source>
        <translation>¿Cerrar sin abrir la reclamación? Se perderá lo que has escrito.</translation>
    </message>
</context>
<context>
    <name>WarrantySection</name>
    <message>
        <location filename="../../desk/ui/cases/sections.py" line="+47"/>
        <source>Warranty claim</source>
        <translation>Reclamación de garantía</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{bearer}, charged to {who}</source>
        <translation>{bearer}, cargado a {who}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault</source>
        <translation>Avería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessories left</source>
        <translation>Accesorios entregados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visible damage</source>
        <translation>Daños visibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entitlement</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covered until</source>
        <translation>Cubierto hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair quote</source>
        <translation>Presupuesto de reparación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handled by</source>
        <translation>Gestionado por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not assigned yet</source>
        <translation>aún sin asignar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not diagnosed yet</source>
        <translation>aún sin diagnóstico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement serial</source>
        <translation>N.º de serie del sustituto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost borne by</source>
        <translation>Coste a cargo de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair covered until</source>
        <translation>Reparación cubierta hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement covered until</source>
        <translation>Sustitución cubierta hasta</translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <location filename="../../desk/ui/admin/values.py" line="+48"/>
        <source>{field}: “{text}” could mean {thousands} or {small}. Type {thousands} without a separator, or {whole},{cents} with two decimals.</source>
        <translation>{field}: «{text}» puede significar {thousands} o {small}. Escribe {thousands} sin separador, o {whole},{cents} con dos decimales.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field}: type a whole number of days from 0 to 365, or leave it empty for no cap.</source>
        <translation>{field}: escribe un número entero de días de 0 a 365, o déjalo vacío para no poner tope.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{field}: type the most that may be granted per decision (0 lets nobody grant it).</source>
        <translation>{field}: escribe lo máximo que se puede conceder por decisión (con 0 nadie puede concederlo).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Store managers</source>
        <translation>Encargados de tienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisors</source>
        <translation>Supervisores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrators</source>
        <translation>Administradores</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desk/ui/app.py" line="+93"/>
        <source>Posventa Desk cannot start</source>
        <translation>Posventa Desk no puede iniciarse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The settings open next: choose another database there, then start the desk again.</source>
        <translation>A continuación se abre la configuración: elige allí otra base de datos y vuelve a iniciar el programa.</translation>
    </message>
</context>
<context>
    <name>approvals</name>
    <message>
        <location filename="../../desk/ui/approvals/texts.py" line="+33"/>
        <source>Waiting</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} min ago</source>
        <translation>hace {n} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} h ago</source>
        <translation>hace {n} h</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>escalated</source>
        <translation>escalada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>escalated ×{n}</source>
        <translation>escalada ×{n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reminded</source>
        <translation>recordada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>for {name}</source>
        <translation>para {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for a {role} · asked {when}</source>
        <translation>Espera a un {role} · solicitada {when}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expired: nobody decided in time</source>
        <translation>Caducada: nadie decidió a tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by {name}</source>
        <translation>Aprobada por {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected by {name}</source>
        <translation>Rechazada por {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{what} for {customer}</source>
        <translation>{what} para {customer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{subject} was approved by {name}</source>
        <translation>{name} aprobó: {subject}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{subject} was rejected by {name}</source>
        <translation>{name} rechazó: {subject}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{subject} expired: nobody decided in time</source>
        <translation>Caducó: {subject}; nadie decidió a tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{subject} was withdrawn</source>
        <translation>Se retiró: {subject}</translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <location filename="../../desk/ui/warranty/attachments.py" line="-67"/>
        <source>{name} cannot be read.</source>
        <translation>No se puede leer {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is empty.</source>
        <translation>{name} está vacío.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is {size:.1f} MB, larger than {limit} MB: send a smaller photo.</source>
        <translation>{name} ocupa {size:.1f} MB, más de {limit} MB: envía una foto más pequeña.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A claim holds at most {limit} files: {name} was left out.</source>
        <translation>Una reclamación admite como máximo {limit} archivos: {name} se ha quedado fuera.</translation>
    </message>
</context>
<context>
    <name>cases</name>
    <message>
        <location filename="../../desk/ui/cases/actions.py" line="+52"/>
        <source>&amp;Items received</source>
        <translation>Artículos &amp;recibidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Item received</source>
        <translation>Artículo &amp;recibido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s items are here now (Alt+I)</source>
        <translation>Los artículos del cliente ya están aquí (Alt+I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete e&amp;xchange</source>
        <translation>Completar el ca&amp;mbio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer takes the new product; the return ends exchanged (Alt+X)</source>
        <translation>El cliente se lleva el producto nuevo; la devolución termina como cambio (Alt+X)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refund</source>
        <translation>&amp;Reembolsar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund the return and close it (Alt+R)</source>
        <translation>Reembolsar la devolución y cerrarla (Alt+R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Assign…</source>
        <translation>&amp;Asignar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who repairs it, where and by when (Alt+A)</source>
        <translation>Quién lo repara, dónde y para cuándo (Alt+A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume &amp;diagnosis</source>
        <translation>Reanudar el &amp;diagnóstico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;diagnosis</source>
        <translation>Iniciar el &amp;diagnóstico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The technician is looking at the item (Alt+D)</source>
        <translation>El técnico está revisando el artículo (Alt+D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;waiting parts</source>
        <translation>&amp;Esperando piezas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The repair waits for parts to arrive (Alt+W)</source>
        <translation>La reparación espera a que lleguen piezas (Alt+W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;solve…</source>
        <translation>Re&amp;solver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the repair, the replacement or the refund (Alt+S)</source>
        <translation>Registrar la reparación, la sustitución o el reembolso (Alt+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not covered: say why; the item still goes back to the customer (Alt+J)</source>
        <translation>No cubierta: explica por qué; el artículo vuelve igualmente al cliente (Alt+J)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse the return and say why (Alt+J)</source>
        <translation>Rechazar la devolución y explicar por qué (Alt+J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject…</source>
        <translation>Recha&amp;zar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hand back to customer</source>
        <translation>&amp;Devolver al cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer has the item back; the claim ends (Alt+H)</source>
        <translation>El cliente ya tiene el artículo; la reclamación termina (Alt+H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cance&amp;l case…</source>
        <translation>Cance&amp;lar el caso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing more will happen on it; say why (Alt+L)</source>
        <translation>Ya no se hará nada más en él; explica por qué (Alt+L)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Print return receipt</source>
        <translation>&amp;Imprimir justificante de devolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the receipt the customer takes home (Alt+P)</source>
        <translation>Imprimir el justificante que se lleva el cliente (Alt+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print i&amp;ntake form</source>
        <translation>Imprimir hoja de rece&amp;pción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the intake form for the customer to sign (Alt+N)</source>
        <translation>Imprimir la hoja de recepción para que la firme el cliente (Alt+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;outcome letter</source>
        <translation>Imprimir carta de res&amp;ultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the letter that tells the customer the outcome (Alt+O)</source>
        <translation>Imprimir la carta que comunica el resultado al cliente (Alt+O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print de&amp;cision letter</source>
        <translation>Imprimir carta de de&amp;cisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the letter that tells the customer what was decided (Alt+C)</source>
        <translation>Imprimir la carta que comunica al cliente lo decidido (Alt+C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print {letter}</source>
        <translation>Imprimir {letter}</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../desk/ui/dashboard/charts.py" line="+64"/>
        <source>Cases per week</source>
        <translation>Casos por semana</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opened</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Resueltos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSAT answers</source>
        <translation>Respuestas CSAT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard/window.py" line="-203"/>
        <source>Service figures</source>
        <translation>Cifras del servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team&apos;s figures: cases, resolution times, goodwill, surveys (Ctrl+Shift+D)</source>
        <translation>Las cifras del equipo: casos, tiempos de resolución, gestos comerciales, encuestas (Ctrl+Mayús+D)</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../desk/ui/documents.py" line="+67"/>
        <source>no program on this computer opens {kind} files</source>
        <translation>ningún programa de este ordenador abre archivos {kind}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened in your word processor: print it from there (Ctrl+P) on {printer}.</source>
        <translation>Abierto en tu procesador de textos: imprímelo desde allí (Ctrl+P) en {printer}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened in your word processor: print it from there (Ctrl+P).</source>
        <translation>Abierto en tu procesador de textos: imprímelo desde allí (Ctrl+P).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sent to printer {name}.</source>
        <translation>Enviado a la impresora {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the default printer.</source>
        <translation>Enviado a la impresora predeterminada.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The computer could not open {name} ({why}). It is saved in {folder}.</source>
        <translation>El ordenador no pudo abrir {name} ({why}). Está guardado en {folder}.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../desk/ui/formatting.py" line="+87"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+23"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inbound: the customer contacted us</source>
        <translation>Entrante: el cliente nos contactó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound: we contacted the customer</source>
        <translation>Saliente: contactamos al cliente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No tier</source>
        <translation>Sin nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silver</source>
        <translation>Plata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gold</source>
        <translation>Oro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platinum</source>
        <translation>Platino</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>SQLite file {path}</source>
        <translation>Archivo SQLite {path}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in memory</source>
        <translation>en memoria</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PostgreSQL {name} on {host}</source>
        <translation>PostgreSQL {name} en {host}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting items</source>
        <translation>Esperando artículos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanged</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosing</source>
        <translation>En diagnóstico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting parts</source>
        <translation>Esperando piezas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repaired</source>
        <translation>Reparado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced</source>
        <translation>Sustituido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to customer</source>
        <translation>Devuelto al cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Granted</source>
        <translation>Concedido</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+63"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty claim</source>
        <translation>Reclamación de garantía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill</source>
        <translation>Gesto comercial</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unopened</source>
        <translation>Sin abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing parts</source>
        <translation>Faltan piezas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Original payment</source>
        <translation>Pago original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store credit</source>
        <translation>Saldo en tienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange for another product</source>
        <translation>Cambio por otro producto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In warranty</source>
        <translation>En garantía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of warranty</source>
        <translation>Fuera de garantía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not covered</source>
        <translation>No cubierto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fault (it stopped working)</source>
        <translation>Avería (dejó de funcionar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accidental damage (a knock or fall)</source>
        <translation>Daño accidental (un golpe o una caída)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liquid damage</source>
        <translation>Daños por líquido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Misuse</source>
        <translation>Mal uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal wear</source>
        <translation>Desgaste normal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repair</source>
        <translation>Reparación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace</source>
        <translation>Sustitución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store</source>
        <translation>La tienda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The supplier</source>
        <translation>El proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The brand</source>
        <translation>La marca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer</source>
        <translation>El cliente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for approval</source>
        <translation>Pendiente de aprobación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refund without a receipt</source>
        <translation>Reembolso sin tique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return accepted as an exception</source>
        <translation>Devolución aceptada como excepción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill voucher</source>
        <translation>Vale de cortesía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill refund</source>
        <translation>Reembolso de gesto comercial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free or discounted repair</source>
        <translation>Reparación gratuita o con descuento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee waived</source>
        <translation>Cargo condonado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price adjustment</source>
        <translation>Ajuste de precio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Late delivery</source>
        <translation>Entrega con retraso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed installation or visit</source>
        <translation>Instalación o visita no realizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeated repair of the same fault</source>
        <translation>Reparación repetida de la misma avería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price dropped soon after purchase</source>
        <translation>Bajada de precio poco después de la compra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged packaging</source>
        <translation>Embalaje dañado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor service or long wait</source>
        <translation>Mal servicio o larga espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Restocking fee waived</source>
        <translation>Cargo de reposición condonado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery fee waived</source>
        <translation>Gastos de envío condonados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation fee waived</source>
        <translation>Cargo de cancelación condonado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late fee waived</source>
        <translation>Recargo por demora condonado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal customer</source>
        <translation>Cliente fiel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No receipt</source>
        <translation>Sin tique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after the window</source>
        <translation>Devuelto fuera de plazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition not normally accepted</source>
        <translation>Estado que normalmente no se acepta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair out of warranty</source>
        <translation>Reparación fuera de garantía</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>agent</source>
        <translation>agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>store manager</source>
        <translation>encargado de tienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../desk/ui/forms.py" line="+45"/>
        <source>Discard what I typed</source>
        <translation>Descartar lo que he escrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The database cannot be reached right now. Nothing was saved. What you typed is kept on this computer: it comes back even if this window or the desk is closed.</source>
        <translation>Ahora mismo no se puede acceder a la base de datos. No se ha guardado nada. Lo que has escrito se conserva en este ordenador: volverá aunque se cierre esta ventana o el programa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database cannot be reached right now. Nothing was saved, and what you typed could not be kept on this computer either ({problem}). Keep this window open.</source>
        <translation>Ahora mismo no se puede acceder a la base de datos. No se ha guardado nada, y lo que has escrito tampoco se ha podido conservar en este ordenador ({problem}). Mantén esta ventana abierta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored what you typed at {time}; it has not been saved yet.</source>
        <translation>Se ha recuperado lo que escribiste a las {time}; todavía no se ha guardado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored what you typed on {day} at {time}; it has not been saved yet.</source>
        <translation>Se ha recuperado lo que escribiste el {day} a las {time}; todavía no se ha guardado.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>this computer refused to write it: {reason}</source>
        <translation>este ordenador no permitió escribirlo: {reason}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Discard the draft</source>
        <translation>Descartar el borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty the form: what was typed earlier is thrown away</source>
        <translation>Vaciar el formulario: se descarta lo escrito antes</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The desk checks every few seconds whether the database answers again.</source>
        <translation>El programa comprueba cada pocos segundos si la base de datos vuelve a responder.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The database is back: press {action} again.</source>
        <translation>La base de datos ha vuelto: pulsa {action} otra vez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Still out of reach at {time}; the desk checks again every few seconds.</source>
        <translation>Sigue sin respuesta a las {time}; el programa vuelve a comprobarlo cada pocos segundos.</translation>
    </message>
</context>
<context>
    <name>goodwill</name>
    <message>
        <location filename="../../desk/ui/goodwill/labels.py" line="+20"/>
        <source>A voucher for the next purchase.</source>
        <translation>Un vale para la próxima compra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money back to the customer, beyond what the rules give.</source>
        <translation>Dinero devuelto al cliente, más allá de lo que dan las normas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store pays all or part of a repair.</source>
        <translation>La tienda paga toda o parte de una reparación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fee the customer would pay is not charged.</source>
        <translation>No se cobra un cargo que el cliente tendría que pagar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The difference when the price dropped soon after the purchase.</source>
        <translation>La diferencia cuando el precio bajó poco después de la compra.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an agent</source>
        <translation>un agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a store manager</source>
        <translation>un encargado de tienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a supervisor</source>
        <translation>un supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an administrator</source>
        <translation>un administrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>someone with a higher limit</source>
        <translation>alguien con un límite mayor</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../desk/ui/ops.py" line="+199"/>
        <source>Something went wrong. The details were written to the log.</source>
        <translation>Algo ha ido mal. Los detalles se han escrito en el registro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Posventa Desk</source>
        <translation>Posventa Desk</translation>
    </message>
</context>
<context>
    <name>restart</name>
    <message>
        <location filename="../../desk/ui/restart.py" line="+30"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The desk speaks {language} from its next start. Restart it now? What you typed in open forms is kept and offered back; you sign in again.</source>
        <translation>Posventa Desk estará en {language} desde el próximo inicio. ¿Reiniciarlo ahora? Lo que hayas escrito en formularios abiertos se guarda y se te vuelve a ofrecer; tendrás que iniciar sesión de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <location filename="../../desk/ui/search/results.py" line="-40"/>
        <source>{what}: {detail}</source>
        <translation>{what}: {detail}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order number</source>
        <translation>número de pedido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>receipt number</source>
        <translation>número de tique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>serial number</source>
        <translation>número de serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name (typo corrected)</source>
        <translation>nombre (errata corregida)</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="-362"/>
        <source>Choose the database file.</source>
        <translation>Elige el archivo de la base de datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the whole path of the file (from the drive or from /).</source>
        <translation>Indica la ruta completa del archivo (desde la unidad o desde /).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is a folder: choose a file inside it, e.g. desk.sqlite3.</source>
        <translation>Eso es una carpeta: elige un archivo dentro de ella, p. ej. desk.sqlite3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The desk cannot write in {folder}: choose a folder of your own.</source>
        <translation>El programa no puede escribir en {folder}: elige una carpeta tuya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desk cannot write to this file: ask for access to it, or choose another one.</source>
        <translation>El programa no puede escribir en este archivo: pide acceso a él o elige otro.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the server&apos;s name or address.</source>
        <translation>Escribe el nombre o la dirección del servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A server name has no spaces.</source>
        <translation>Un nombre de servidor no tiene espacios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the server&apos;s name or address only: no user, port or slashes.</source>
        <translation>Escribe solo el nombre o la dirección del servidor: sin usuario, puerto ni barras.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The port is a whole number from 1 to 65535 (PostgreSQL&apos;s usual one is 5432).</source>
        <translation>El puerto es un número entero de 1 a 65535 (el habitual de PostgreSQL es 5432).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the database&apos;s name.</source>
        <translation>Escribe el nombre de la base de datos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A database name has no spaces or slashes here.</source>
        <translation>Aquí un nombre de base de datos no lleva espacios ni barras.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A store code has at most {n} characters.</source>
        <translation>Un código de tienda tiene como máximo {n} caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A store code holds letters, digits, dashes and underscores only.</source>
        <translation>Un código de tienda solo lleva letras, cifras, guiones y guiones bajos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no database file at this path yet. An administrator creates one with `desk-admin upgrade` (DESK_DATABASE_URL pointing at it).</source>
        <translation>Todavía no hay ningún archivo de base de datos en esta ruta. Un administrador lo crea con `desk-admin upgrade` (con DESK_DATABASE_URL apuntando a él).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server answers, but it has no database of that name.</source>
        <translation>El servidor responde, pero no tiene ninguna base de datos con ese nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answers. Without a person&apos;s login nothing more can be checked from here: each person&apos;s own user name and password are checked when they sign in.</source>
        <translation>El servidor responde. Sin el usuario de una persona no se puede comprobar nada más desde aquí: el usuario y la contraseña de cada persona se comprueban al iniciar sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No connection: {reason}</source>
        <translation>Sin conexión: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file cannot be opened as a database ({reason}).</source>
        <translation>Este archivo no se puede abrir como base de datos ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection works: a Posventa Desk database of this version.</source>
        <translation>La conexión funciona: una base de datos de Posventa Desk de esta versión.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The desk&apos;s database file</source>
        <translation>El archivo de base de datos del programa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Base de datos SQLite (*.sqlite3 *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
</context>
</TS>
