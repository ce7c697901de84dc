// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5664067301780293) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2b1372eed29d7f3bb3bfb14447cfcb0b82228c43ab4b9d7a7606cff1ba19621a
