// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.318945675465838) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ebf5a10a68d371127734850eef950be97c038c8495127fb83652cddd9df53995
