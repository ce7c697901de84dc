// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5945355953480589) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4ce2ea482a977a22d532261fb66d371f7fe82d7f5a026c1a090337e70fe0fe80
