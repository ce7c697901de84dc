// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5323677064805659) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8af604a339cc16102679600aeb7dce1921573d1aeffdf190c75e91f026b0e7a9
