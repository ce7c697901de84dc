// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.23366757029145369) q[0];
ry(0.6878100543343386) q[0];
rz(-0.18186770083609316) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d6c90374c8d8e3be13c6730bf24cb74d7ba94c71d1b62e344536e725804f2ade
