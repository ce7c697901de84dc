// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9221728949239996) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0e6f27aacb3f780e2ca37cb8d46b672fb8891278ea0283679bae1a1fd79bc648
