// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5428861720406342) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bfddfdb892b11c8d5594170862770f401bed9312069ed1c9de6431a8d9edefac
