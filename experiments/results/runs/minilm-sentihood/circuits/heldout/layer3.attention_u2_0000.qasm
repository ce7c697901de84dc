// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.21927198707369433) q[0];
ry(1.1850381497370754) q[0];
rz(-0.08365615114173819) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 32af63cfc040ce10b282dd09fc90324767be29f8b3236c2a5a34531ead5b1dfc
