// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1815048662432592) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f117aa0ed5c96597502b1272d9fcb303b10db03236358ad1f859c88c5d3f3908
