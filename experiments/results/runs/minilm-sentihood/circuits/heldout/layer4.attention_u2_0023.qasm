// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2919702312020451) q[0];
ry(2.3753188983393483) q[0];
rz(0.2132602434110784) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 75d987edf0e2d4ade38c0f70256d62e621d4cee1d87f999ab59fee6972d7a123
