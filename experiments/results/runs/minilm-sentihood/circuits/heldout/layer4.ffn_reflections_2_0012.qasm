// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.313730449455372) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dd9060b669d31e634b65c883cd9b8a56c62e61839d75da82642625b9c2ac1173
