// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9757090430422788) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c985d3dc66990f2a85a049d799d73433055909aba01de3e3e32cc7060fcb523a
