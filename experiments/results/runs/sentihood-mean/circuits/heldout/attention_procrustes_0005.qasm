// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5318858721972008) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 10c22c324e67e2503142f50fa21f382362a646eb7a09dc36ce9ca42fa9fa2bdd
