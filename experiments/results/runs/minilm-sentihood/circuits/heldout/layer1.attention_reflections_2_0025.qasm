// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8444621158605604) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 366ddc5d823384522b47b6c9cc664a7a237cb1077fe817863dc9badc07cd7bda
