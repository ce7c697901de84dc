// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5409936105139557) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 af55865187da168d86980afadd9ce14c5b4481108e31d73c34d3a5f958964462
