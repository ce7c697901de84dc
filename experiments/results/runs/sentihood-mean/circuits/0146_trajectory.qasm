// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3382201214824503) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 030bab64e979684b55a2e87312644f19e9fe42d87b28c9e6a40b876613b859b1
