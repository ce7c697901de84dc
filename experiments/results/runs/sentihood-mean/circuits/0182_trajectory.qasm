// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.27163267890889503) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 719ba1292a4796a5986ef4e3749595dc2f7e22c9f57f47e5b3f1b110d523e00b
