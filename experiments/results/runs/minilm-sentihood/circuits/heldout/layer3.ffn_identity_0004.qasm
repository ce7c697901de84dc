// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1719840418076752) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 983d53aa536eb477e9c0ee7d1fe3410f8205e0e07fc7094dcfd13e62be7d4cfd
