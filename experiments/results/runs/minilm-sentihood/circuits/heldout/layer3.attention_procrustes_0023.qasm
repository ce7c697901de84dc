// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.161073539835789) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 20ec1972e1e9421983ac43d1799c2d66329ccb3cf0c3085d3030965f71a139bf
