// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.809113275121264) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dccd5d24f650df4b499942dbe8255725acb69a711bdf16f73849d04266df903d
