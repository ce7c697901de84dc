// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5026907240170555) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 df81a395c6af301446d5185ca2a20ec3c8924d07da65a802c4ffdb29524d632b
