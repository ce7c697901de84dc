// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.160930675727882) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2245c57a1e331c5152d0c1041e2a9e4825ff68d55136aa5c0e464af54415d3e6
