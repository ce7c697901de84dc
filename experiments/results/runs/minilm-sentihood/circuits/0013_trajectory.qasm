// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0050923450125973) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7bb2beb93941c2bd19870ef787f403b2b56038b2232300bf58a7ca5e519d258b
