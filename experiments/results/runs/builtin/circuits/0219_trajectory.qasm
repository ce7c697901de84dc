// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.018210037916263) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 97cce4c35abdebd28b4e9295bbf239686d0910d77072a9254eebe6e21c25d22c
