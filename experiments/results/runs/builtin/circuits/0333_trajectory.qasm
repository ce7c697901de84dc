// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.22606035008356515) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f0aab6c24945d019c73bc0b05b0d7964c5400293e5c83aa40e59c33f197a12c4
