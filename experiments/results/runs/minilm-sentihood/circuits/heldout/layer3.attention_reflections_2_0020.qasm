// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4380795389994705) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a2bf423637807ac98941269e86d08b76d923af0184158cc3da4c0a88082279ab
