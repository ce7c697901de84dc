// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.028275555414072) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 90da5d79fe3f202bf64535e1fd6e78f4f80471dbf783213ba564e31803bfed04
