// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.316007342939365) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c228073508db60c7669d65b6bf7899338a5fa348110568402bdab05ff8712b4c
