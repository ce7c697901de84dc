// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.22186657035518653) q[0];
ry(1.4056346441866225) q[0];
rz(-0.03707105114688858) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f4c170cc0c6412b78b85f10545189948ab88fb36f8f568098d5cdab663f80b48
