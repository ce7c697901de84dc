// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6319438719949426) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 53ec041e801f536785395a177eb9f13ef7f6ebaae9708d8ff0a70b261601969b
