"""The fixed texts of the decision letter, one block per language (build_templates.py builds the letter from them).

Kept apart from build_templates.TEXTS so that a translator reads this letter top to bottom in one place. Tags follow
build_templates' rules: values in `{{ }}`, no quoted strings. The one inline `{% if %}` leaves out "on <date>" for a
decision recorded without its date.
"""

from __future__ import annotations

DECISION_TEXTS: dict[str, dict[str, str]] = {
    "es": {
        "decision_title": "Respuesta a su solicitud",
        "decision_salutation": "Estimado/a {{ customer.name }}:",
        "decision_intro": "Gracias por ponerse en contacto con nosotros. Hemos revisado con atención su expediente "
                          "{{ case.number }} y le comunicamos nuestra respuesta:",
        "col_answer": "Nuestra respuesta",
        "answer_granted": "Lo hemos aprobado{% if decision.decided_on %} el {{ decision.decided_on }}{% endif %}.",
        "answer_reason": "Motivo: {{ decision.reason }}.",
        "answer_rejected": "Lamentablemente, no nos ha sido posible aprobarlo.",
        "answer_rejected_reason": "Motivo: {{ decision.decision_reason }}",
        "answer_pending": "Lo estamos revisando y le comunicaremos la decisión en cuanto la tengamos.",
        "close_favourable": "Esperamos que esta solución sea de su agrado.",
        "close_unfavourable": "Lamentamos no poder darle una respuesta más favorable en esta ocasión y le agradecemos "
                              "su comprensión.",
        "close_mixed": "Esperamos que la solución que le ofrecemos sea de su agrado, aunque no hayamos podido atender "
                       "su solicitud por completo.",
        "close_pending": "Le escribiremos de nuevo en cuanto terminemos de revisar lo que aún está pendiente.",
        "close_contact": "Para cualquier consulta, puede dirigirse a {{ store.name }} indicando el número de "
                         "expediente {{ case.number }}. Gracias por su confianza.",
        "regards": "Atentamente,",
        "customer_service": "Atención al cliente",
    },
    "ca": {
        "decision_title": "Resposta a la vostra sol·licitud",
        "decision_salutation": "Benvolgut/uda {{ customer.name }},",
        "decision_intro": "Gràcies per posar-vos en contacte amb nosaltres. Hem revisat amb atenció el vostre "
                          "expedient {{ case.number }} i us comuniquem la nostra resposta:",
        "col_answer": "La nostra resposta",
        "answer_granted": "L'hem aprovat{% if decision.decided_on %} el {{ decision.decided_on }}{% endif %}.",
        "answer_reason": "Motiu: {{ decision.reason }}.",
        "answer_rejected": "Malauradament, no ens ha estat possible aprovar-ho.",
        "answer_rejected_reason": "Motiu: {{ decision.decision_reason }}",
        "answer_pending": "Ho estem revisant i us comunicarem la decisió tan aviat com la tinguem.",
        "close_favourable": "Esperem que aquesta solució sigui del vostre grat.",
        "close_unfavourable": "Lamentem no poder-vos donar una resposta més favorable en aquesta ocasió i us agraïm "
                              "la comprensió.",
        "close_mixed": "Esperem que la solució que us oferim sigui del vostre grat, tot i que no hàgim pogut atendre "
                       "del tot la vostra sol·licitud.",
        "close_pending": "Us tornarem a escriure tan aviat com acabem de revisar el que encara està pendent.",
        "close_contact": "Per a qualsevol consulta, podeu adreçar-vos a {{ store.name }} indicant el número "
                         "d'expedient {{ case.number }}. Gràcies per la vostra confiança.",
        "regards": "Cordialment,",
        "customer_service": "Atenció al client",
    },
    "en": {
        "decision_title": "Our reply to your request",
        "decision_salutation": "Dear {{ customer.name }},",
        "decision_intro": "Thank you for getting in touch with us. We have looked carefully at your case "
                          "{{ case.number }}, and this is our reply:",
        "col_answer": "Our reply",
        "answer_granted": "Approved{% if decision.decided_on %} on {{ decision.decided_on }}{% endif %}.",
        "answer_reason": "Reason: {{ decision.reason }}.",
        "answer_rejected": "Unfortunately, we have not been able to approve this.",
        "answer_rejected_reason": "Reason: {{ decision.decision_reason }}",
        "answer_pending": "We are still reviewing this and will let you know our decision as soon as we can.",
        "close_favourable": "We hope you are happy with this solution.",
        "close_unfavourable": "We are sorry we cannot give you a more favourable answer this time, and we thank you "
                              "for your understanding.",
        "close_mixed": "We hope you are happy with what we can offer, even though we have not been able to meet "
                       "your request in full.",
        "close_pending": "We will write to you again as soon as we have finished reviewing what is still pending.",
        "close_contact": "If you have any questions, please contact {{ store.name }} quoting case number "
                         "{{ case.number }}. Thank you for your trust.",
        "regards": "Yours sincerely,",
        "customer_service": "Customer service",
    },
}  # fmt: skip
