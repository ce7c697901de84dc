// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0202446197161215) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9ae734b6804b84cd95377ba1d4afa3cb0235f3ad7c8a2f4e4952386d8c2b998e
