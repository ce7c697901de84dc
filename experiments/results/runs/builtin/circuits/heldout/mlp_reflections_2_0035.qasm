// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.412194774582014) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 100f2ac1e497d49be1661ea4e6de59d7efeb1e334231c08cdd9d10e0ceddb3bf
