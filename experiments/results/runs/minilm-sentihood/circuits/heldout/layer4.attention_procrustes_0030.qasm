// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9806295768485862) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4c63a641063f76b9740c8451514a149fc0f410a1a1464aaba64f5986e6d0a551
